package be.lokaalcirculair.practice;

import java.util.Set;

import be.lokaalcirculair.shared.taxonomy.Lever;
import be.lokaalcirculair.shared.taxonomy.PracticeStatus;
import be.lokaalcirculair.shared.taxonomy.Theme;

/**
 * Criteria for listing public fiches. Several values of one criterion are alternatives
 * (OR); the criteria among each other must all hold (AND). An empty set does not
 * restrict.
 *
 * @param themes any of these themes
 * @param levers any of these levers
 * @param provinces in any of these provinces (NIS codes), also through a pre-2025
 * municipality
 * @param statuses with any of these project statuses
 * @param municipality about this municipality (NIS code of 2025 or before), or
 * {@code null}
 * @param text words that must all occur in the title or summary, or {@code null} (a plain
 * match until the full-text search replaces it)
 */
public record PracticeFilter(Set<Theme> themes, Set<Lever> levers, Set<String> provinces, Set<PracticeStatus> statuses,
		String municipality, String text) {

	/** No restriction. */
	public static PracticeFilter none() {
		return new PracticeFilter(Set.of(), Set.of(), Set.of(), Set.of(), null, null);
	}

	/** The same criteria, about one municipality only. */
	public static PracticeFilter about(String municipality) {
		return new PracticeFilter(Set.of(), Set.of(), Set.of(), Set.of(), municipality, null);
	}

	/** Whether no criterion restricts. */
	public boolean isEmpty() {
		return this.themes.isEmpty() && this.levers.isEmpty() && this.provinces.isEmpty() && this.statuses.isEmpty()
				&& this.municipality == null && (this.text == null || this.text.isBlank());
	}

}
