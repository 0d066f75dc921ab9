package be.lokaalcirculair.home;

import java.util.List;

import be.lokaalcirculair.practice.PracticeCard;
import be.lokaalcirculair.shared.taxonomy.Theme;

/**
 * What the front page shows.
 *
 * @param featured the fiches the editors put forward
 * @param recent the most recently published fiches
 * @param publishedPractices how many fiches are published
 * @param municipalitiesWithPractices how many municipalities have at least one
 * @param partnerships how many intermunicipal partnerships are known
 */
public record HomeView(List<PracticeCard> featured, List<PracticeCard> recent, long publishedPractices,
		int municipalitiesWithPractices, long partnerships) {

	/** The themes to browse by. */
	public Theme[] themes() {
		return Theme.values();
	}

}
