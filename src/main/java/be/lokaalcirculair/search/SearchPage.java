package be.lokaalcirculair.search;

import java.util.List;

import be.lokaalcirculair.organisation.Municipality;
import be.lokaalcirculair.practice.PracticeCard;
import be.lokaalcirculair.shared.web.Pager;
import be.lokaalcirculair.shared.web.QueryLinks;

/**
 * What the search page (/praktijken) shows.
 *
 * @param query what was asked
 * @param hits the fiches of this page
 * @param total how many fiches match
 * @param facets the facets with their values and counts
 * @param pager the page links
 * @param links links to this search with one thing changed
 * @param municipalities the municipalities to search near
 * @param near the municipality searched near, or {@code null}
 * @param suggestion the corrected query ("Bedoelde u …?"), or {@code null}
 * @param suggestionUrl the search for the corrected query, or {@code null}
 * @param fuzzy whether the hits tolerate typing errors because the exact words found
 * nothing
 * @param beyondLastPage whether the page asked for lies beyond the last one
 * @param unknownValues values in the address that mean nothing (reported, then ignored)
 */
public record SearchPage(PracticeQuery query, List<HitView> hits, long total, List<FacetView> facets, Pager pager,
		QueryLinks links, List<Municipality> municipalities, Municipality near, String suggestion, String suggestionUrl,
		boolean fuzzy, boolean beyondLastPage, List<String> unknownValues) {

	/** Parameters of the page besides the facets. */
	public static final String TEXT = "q", ORDER = "sorteer", NEAR = "nabij", RADIUS = "afstand";

	/**
	 * This search in the parameters of the API, without paging, as a query string
	 * ("?theme=textiel&amp;q=…", or empty): the export links of the page add it to
	 * {@code /api/v1/practices.csv}, so that the file holds exactly what the page found.
	 */
	public String apiQuery() {
		StringBuilder parameters = new StringBuilder();
		if (this.query.text() != null) {
			append(parameters, "q", this.query.text());
		}
		for (Facet facet : Facet.values()) {
			this.query.selected(facet).forEach((value) -> append(parameters, facet.apiParameter(), value));
		}
		if (this.query.near() != null) {
			append(parameters, "near", this.query.near());
			append(parameters, "radiusKm", String.valueOf(this.query.radiusKm()));
		}
		SearchOrder fallback = (this.query.text() != null) ? SearchOrder.RELEVANCE : SearchOrder.NEWEST;
		if (this.query.order() != fallback) {
			append(parameters, "sort", this.query.order().code());
		}
		return parameters.toString();
	}

	private static void append(StringBuilder parameters, String name, String value) {
		parameters.append(parameters.isEmpty() ? '?' : '&')
			.append(name)
			.append('=')
			.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
	}

	/** The orders a user can choose. */
	public SearchOrder[] orders() {
		return SearchOrder.values();
	}

	/** The distances (km) a user can choose for "near". */
	public int[] radii() {
		return new int[] { 5, 10, 15, 25, 50 };
	}

	/**
	 * A fiche found.
	 *
	 * @param card the fiche with its names
	 * @param titleHtml the title with matches marked (escaped HTML), or {@code null}
	 * @param snippetHtml a passage with matches marked (escaped HTML), or {@code null}
	 */
	public record HitView(PracticeCard card, String titleHtml, String snippetHtml) {
	}

	/**
	 * A facet on the page.
	 *
	 * @param facet the facet
	 * @param values its values, most frequent first; selected ones always included
	 * @param open whether it is shown unfolded
	 */
	public record FacetView(Facet facet, List<FacetValueView> values, boolean open) {

		/** The values shown at once; the rest sits behind "more". */
		public List<FacetValueView> first() {
			return this.values.subList(0, Math.min(8, this.values.size()));
		}

		public List<FacetValueView> rest() {
			return (this.values.size() > 8) ? this.values.subList(8, this.values.size()) : List.of();
		}

	}

	/**
	 * A value of a facet.
	 *
	 * @param value its code
	 * @param label its label in the user's language
	 * @param count how many fiches have it, given the other filters
	 * @param selected whether it is an active filter
	 * @param toggleUrl the search with this value switched on or off
	 */
	public record FacetValueView(String value, String label, long count, boolean selected, String toggleUrl) {
	}

}
