package be.lokaalcirculair.opendata;

import java.util.List;
import java.util.Map;

/**
 * A page of search results with the facet counts, as {@code GET /api/v1/practices}
 * returns it.
 *
 * @param items the fiches of this page
 * @param page the page number, from 1
 * @param size the page size asked for
 * @param totalItems how many fiches match in all
 * @param totalPages how many pages there are
 * @param facets per facet (by its API parameter name), the values with their counts; the
 * counts of a facet reflect every other active filter
 * @param suggestion a corrected query when the words look misspelt, or {@code null}
 * @param fuzzy whether the items come from a retry that tolerates typing errors
 */
record PracticeSearchJson(List<PracticeSummaryJson> items, int page, int size, long totalItems, long totalPages,
		Map<String, List<FacetCountJson>> facets, String suggestion, boolean fuzzy) {

	/**
	 * One value of a facet.
	 *
	 * @param value the value's code
	 * @param count how many fiches match with it
	 * @param selected whether it is an active filter
	 */
	record FacetCountJson(String value, long count, boolean selected) {
	}

}
