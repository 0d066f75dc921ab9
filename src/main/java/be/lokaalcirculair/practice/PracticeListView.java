package be.lokaalcirculair.practice;

import java.util.List;

import be.lokaalcirculair.organisation.Municipality;
import be.lokaalcirculair.organisation.Province;
import be.lokaalcirculair.shared.web.Pager;
import be.lokaalcirculair.shared.web.QueryLinks;

/**
 * What the list of fiches shows.
 *
 * @param cards the fiches of this page
 * @param total how many fiches meet the filter
 * @param pager the page links
 * @param links links to this listing with one thing changed
 * @param filter the active filter
 * @param sort the active order
 * @param provinces the provinces to filter on
 * @param municipality the municipality filtered on, or {@code null}
 * @param unknownValues filter values in the address that mean nothing (reported, then
 * ignored)
 * @param beyondLastPage whether the page asked for lies beyond the last one
 */
public record PracticeListView(List<PracticeCard> cards, long total, Pager pager, QueryLinks links,
		PracticeFilter filter, PracticeSort sort, List<Province> provinces, Municipality municipality,
		List<String> unknownValues, boolean beyondLastPage) {

	/** Query parameter names of the list page. */
	public static final String THEME = "thema", LEVER = "hefboom", PROVINCE = "provincie", STATUS = "status",
			MUNICIPALITY = "gemeente", SORT = "sorteer", TEXT = "q";

}
