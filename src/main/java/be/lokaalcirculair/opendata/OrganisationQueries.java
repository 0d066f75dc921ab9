package be.lokaalcirculair.opendata;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

import be.lokaalcirculair.organisation.OrganisationFilter;
import be.lokaalcirculair.organisation.OrganisationType;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.organisation.Region;

/**
 * Reads the organisation filters of the API, strictly; the organisation list and its
 * exports share them.
 */
@Component
class OrganisationQueries {

	static final String TYPE = "type", REGION = "region", PROVINCE = "province", NAME = "name", PAGE = "page",
			SIZE = "size";

	static final List<String> FILTERS = List.of(TYPE, REGION, PROVINCE, NAME);

	static final List<String> PAGED = List.of(TYPE, REGION, PROVINCE, NAME, PAGE, SIZE);

	static final int DEFAULT_SIZE = 50, MAX_SIZE = 500;

	/** The order of every list and export of organisations. */
	static final Sort ORDER = Sort.by("name", "id");

	private final Organisations organisations;

	OrganisationQueries(Organisations organisations) {
		this.organisations = organisations;
	}

	/** The filter of the paged list. */
	OrganisationFilter paged(MultiValueMap<String, String> parameters) {
		ApiParameters.onlyKnown(parameters, PAGED);
		return read(parameters);
	}

	/** The page asked for. */
	PageRequest page(MultiValueMap<String, String> parameters) {
		PageRequest request = PageRequest.of(ApiParameters.page(ApiParameters.integer(parameters, PAGE)),
				ApiParameters.size(ApiParameters.integer(parameters, SIZE), DEFAULT_SIZE, MAX_SIZE), ORDER);
		if ((long) request.getPageNumber() * request.getPageSize() > Integer.MAX_VALUE) {
			throw ApiParameters.bad("page too large");
		}
		return request;
	}

	/** The filter of an export. */
	OrganisationFilter unpaged(MultiValueMap<String, String> parameters) {
		ApiParameters.onlyKnown(parameters, FILTERS);
		return read(parameters);
	}

	private OrganisationFilter read(MultiValueMap<String, String> parameters) {
		String province = ApiParameters.single(parameters, PROVINCE);
		return new OrganisationFilter(
				ApiParameters.code(TYPE, ApiParameters.single(parameters, TYPE), OrganisationType::fromCode),
				(province != null) ? ApiParameters.code(PROVINCE, province, this.organisations::province).nisCode()
						: null,
				ApiParameters.code(REGION, ApiParameters.single(parameters, REGION), Region::fromCode),
				ApiParameters.text(NAME, ApiParameters.single(parameters, NAME)));
	}

}
