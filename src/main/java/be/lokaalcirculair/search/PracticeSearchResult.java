package be.lokaalcirculair.search;

import java.util.List;
import java.util.Map;

import be.lokaalcirculair.practice.Practice;

/**
 * What the practice search found.
 *
 * @param hits the fiches of the page asked for, in order
 * @param total how many fiches match in all
 * @param facets the counts per facet value; the counts of a facet reflect every other
 * active filter
 * @param suggestion a corrected query when the words look misspelt ("Bedoelde u …?"), or
 * {@code null}
 * @param fuzzy whether the hits come from a retry that tolerates typing errors
 * @param beyondLastPage whether the page asked for lies beyond the last one
 */
public record PracticeSearchResult(List<Hit> hits, long total, Map<Facet, List<FacetCount>> facets, String suggestion,
		boolean fuzzy, boolean beyondLastPage) {

	/**
	 * One fiche found.
	 *
	 * @param practice the fiche
	 * @param titleHtml the title with the matched words marked, HTML-escaped, or
	 * {@code null}
	 * @param snippetHtml a passage of the summary or text with the matched words marked,
	 * HTML-escaped, or {@code null}
	 */
	public record Hit(Practice practice, String titleHtml, String snippetHtml) {
	}

	/**
	 * A value of a facet and how many fiches have it.
	 *
	 * @param value the value's code
	 * @param count how many fiches match with this value (given the other filters)
	 * @param selected whether the value is an active filter
	 */
	public record FacetCount(String value, long count, boolean selected) {
	}

}
