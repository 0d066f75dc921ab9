package be.lokaalcirculair.opendata;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

import be.lokaalcirculair.search.Facet;
import be.lokaalcirculair.search.PracticeQuery;
import be.lokaalcirculair.search.PracticeSearch;
import be.lokaalcirculair.search.SearchOrder;

/**
 * Reads the search parameters of the API into a query of the search module, strictly: the
 * practice list and the fiche exports share them, so that an export holds exactly what
 * the same search finds.
 */
@Component
class PracticeQueries {

	static final String TEXT = "q", SORT = "sort", NEAR = "near", RADIUS = "radiusKm", PAGE = "page", SIZE = "size";

	/** The parameters of an export: every filter of the search, no paging. */
	static final List<String> FILTERS;

	/** The parameters of the paged search. */
	static final List<String> PAGED;

	static {
		List<String> filters = new ArrayList<>(List.of(TEXT, SORT, NEAR, RADIUS));
		for (Facet facet : Facet.values()) {
			filters.add(facet.apiParameter());
		}
		FILTERS = List.copyOf(filters);
		filters.addAll(List.of(PAGE, SIZE));
		PAGED = List.copyOf(filters);
	}

	static final int DEFAULT_SIZE = 20;

	private final PracticeSearch search;

	PracticeQueries(PracticeSearch search) {
		this.search = search;
	}

	/** The query of a paged search, with page and size checked. */
	PracticeQuery paged(MultiValueMap<String, String> parameters, int maxSize) {
		ApiParameters.onlyKnown(parameters, PAGED);
		return read(parameters, ApiParameters.page(ApiParameters.integer(parameters, PAGE)),
				ApiParameters.size(ApiParameters.integer(parameters, SIZE), DEFAULT_SIZE, maxSize));
	}

	/** The query of an export: the filters only. */
	PracticeQuery unpaged(MultiValueMap<String, String> parameters) {
		ApiParameters.onlyKnown(parameters, FILTERS);
		return read(parameters, 0, DEFAULT_SIZE);
	}

	private PracticeQuery read(MultiValueMap<String, String> parameters, int page, int size) {
		Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			List<String> values = ApiParameters.codes(facet.apiParameter(), parameters.get(facet.apiParameter()),
					(value) -> this.search.normalise(facet, value));
			if (!values.isEmpty()) {
				filters.put(facet, new LinkedHashSet<>(values));
			}
		}
		String text = ApiParameters.text(TEXT, ApiParameters.single(parameters, TEXT));
		String near = ApiParameters.single(parameters, NEAR);
		String nearCode = (near != null)
				? ApiParameters.code(NEAR, near, (value) -> this.search.normalise(Facet.MUNICIPALITY, value)) : null;
		Integer radiusKm = ApiParameters.integer(parameters, RADIUS);
		if (radiusKm != null && (radiusKm < 1 || radiusKm > PracticeQuery.MAX_RADIUS_KM)) {
			throw ApiParameters.bad(RADIUS + " must be between 1 and " + PracticeQuery.MAX_RADIUS_KM);
		}
		String sort = ApiParameters.single(parameters, SORT);
		SearchOrder order = (sort != null) ? ApiParameters.code(SORT, sort, SearchOrder::fromCode)
				: (text != null) ? SearchOrder.RELEVANCE : SearchOrder.NEWEST;
		return new PracticeQuery(text, filters, nearCode,
				(radiusKm != null) ? radiusKm : PracticeQuery.DEFAULT_RADIUS_KM, order, page, size);
	}

}
