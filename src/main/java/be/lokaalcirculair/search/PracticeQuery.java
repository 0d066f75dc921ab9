package be.lokaalcirculair.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What a user asks of the practice search.
 *
 * @param text the words typed, or {@code null}
 * @param filters the selected values per facet: values of one facet are alternatives
 * (OR), facets among each other must all hold (AND)
 * @param near the NIS code of the municipality whose surroundings are asked for, or
 * {@code null}
 * @param radiusKm the distance from {@code near} in kilometres
 * @param order the order of the results
 * @param page the page, from 0
 * @param size the page size
 */
public record PracticeQuery(String text, Map<Facet, Set<String>> filters, String near, int radiusKm, SearchOrder order,
		int page, int size) {

	/** The longest query text accepted. */
	public static final int MAX_TEXT = 200;

	/** The default and the largest distance for "near a municipality". */
	public static final int DEFAULT_RADIUS_KM = 15, MAX_RADIUS_KM = 100;

	public PracticeQuery {
		filters = (filters == null) ? Map.of() : Map.copyOf(filters);
		text = (text == null || text.isBlank()) ? null : text.strip();
	}

	/** All published fiches, newest first. */
	public static PracticeQuery all(int page, int size) {
		return new PracticeQuery(null, new EnumMap<>(Facet.class), null, DEFAULT_RADIUS_KM, SearchOrder.NEWEST, page,
				size);
	}

	/** The same query with other words. */
	public PracticeQuery withText(String otherText) {
		return new PracticeQuery(otherText, this.filters, this.near, this.radiusKm, this.order, this.page, this.size);
	}

	/** The selected values of a facet. */
	public Set<String> selected(Facet facet) {
		return this.filters.getOrDefault(facet, Set.of());
	}

	/** Whether anything narrows the result. */
	public boolean isFiltered() {
		return this.text != null || this.near != null || this.filters.values().stream().anyMatch((v) -> !v.isEmpty());
	}

}
