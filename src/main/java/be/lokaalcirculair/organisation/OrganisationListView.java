package be.lokaalcirculair.organisation;

import java.util.List;
import java.util.Map;

import be.lokaalcirculair.shared.web.Pager;
import be.lokaalcirculair.shared.web.QueryLinks;

/**
 * What the list of organisations shows.
 *
 * @param organisations the organisations of this page
 * @param municipalities the municipality of each organisation that has one, by NIS code
 * @param total how many organisations meet the filter
 * @param pager the page links
 * @param links links to this listing with one thing changed
 * @param filter the active filter
 * @param provinces the provinces to filter on
 * @param unknownValues filter values in the address that mean nothing (reported, then
 * ignored)
 */
public record OrganisationListView(List<Organisation> organisations, Map<String, Municipality> municipalities,
		long total, Pager pager, QueryLinks links, OrganisationFilter filter, List<Province> provinces,
		List<String> unknownValues) {

	/** Query parameter names of the list page. */
	public static final String TYPE = "type", PROVINCE = "provincie", NAME = "naam";

	/** The types to filter on. */
	public OrganisationType[] types() {
		return OrganisationType.values();
	}

	/** The name of a province, or an empty string. */
	public String provinceName(String nisCode) {
		return this.provinces.stream()
			.filter((province) -> province.nisCode().equals(nisCode))
			.map(Province::name)
			.findFirst()
			.orElse("");
	}

}
