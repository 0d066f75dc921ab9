package be.lokaalcirculair.opendata;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.PracticeCatalog;
import be.lokaalcirculair.search.Facet;
import be.lokaalcirculair.search.PracticeQuery;
import be.lokaalcirculair.search.PracticeSearch;
import be.lokaalcirculair.search.PracticeSearchResult;
import be.lokaalcirculair.search.SearchOrder;

/**
 * Published fiches as JSON.
 */
@RestController
@RequestMapping(path = "/api/v1/practices", produces = "application/json")
@Tag(name = "practices", description = "Published practice fiches")
class PracticeApiController {

	static final int DEFAULT_SIZE = 20;

	private final PracticeCatalog catalog;

	private final PracticeSearch search;

	private final Organisations organisations;

	PracticeApiController(PracticeCatalog catalog, PracticeSearch search, Organisations organisations) {
		this.catalog = catalog;
		this.search = search;
		this.organisations = organisations;
	}

	@GetMapping
	@Operation(summary = "Search the published fiches, with facet counts",
			description = "Full-text search (Dutch first: compounds, stems, synonyms; English too) with facets. "
					+ "Several values of one facet are alternatives (OR); facets among each other all apply (AND); "
					+ "the counts of a facet reflect the other active filters. Facet parameters: theme, strategy, "
					+ "lever, province, municipality (also a pre-2025 NIS code), populationClass, organisationType, "
					+ "status, targetGroup, sdg, startYear; each repeatable. Unknown values give 400.")
	PracticeSearchJson list(
			@Parameter(description = "words to search for (at most 200 characters)") @RequestParam(
					required = false) String q,
			@Parameter(
					description = "order: relevantie (default with q), nieuw (default without), bijgewerkt, titel") @RequestParam(
							required = false) String sort,
			@Parameter(description = "NIS code of a municipality: only fiches within radiusKm of it") @RequestParam(
					required = false) String near,
			@Parameter(description = "distance for near, 1 to 100 km (default 15)") @RequestParam(
					required = false) Integer radiusKm,
			@Parameter(description = "page number, from 1") @RequestParam(required = false) Integer page,
			@Parameter(description = "page size, 1 to 100 (default 20)") @RequestParam(required = false) Integer size,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
		for (Facet facet : Facet.values()) {
			List<String> values = ApiParameters.codes(facet.apiParameter(), parameters.get(facet.apiParameter()),
					(value) -> this.search.normalise(facet, value));
			if (!values.isEmpty()) {
				filters.put(facet, new LinkedHashSet<>(values));
			}
		}
		String text = ApiParameters.text("q", q);
		String nearCode = (near != null)
				? ApiParameters.code("near", near, (value) -> this.search.normalise(Facet.MUNICIPALITY, value)) : null;
		if (radiusKm != null && (radiusKm < 1 || radiusKm > PracticeQuery.MAX_RADIUS_KM)) {
			throw ApiParameters.bad("radiusKm must be between 1 and " + PracticeQuery.MAX_RADIUS_KM);
		}
		SearchOrder order = (sort != null) ? ApiParameters.code("sort", sort, SearchOrder::fromCode)
				: (text != null) ? SearchOrder.RELEVANCE : SearchOrder.NEWEST;
		int pageSize = ApiParameters.size(size, DEFAULT_SIZE, PracticeCatalog.MAX_PAGE_SIZE);
		int pageIndex = ApiParameters.page(page);
		PracticeSearchResult result = this.search.search(new PracticeQuery(text, filters, nearCode,
				(radiusKm != null) ? radiusKm : PracticeQuery.DEFAULT_RADIUS_KM, order, pageIndex, pageSize));
		List<Practice> practices = result.hits().stream().map(PracticeSearchResult.Hit::practice).toList();
		Set<Long> leadIds = new HashSet<>();
		practices.forEach((practice) -> leadIds.add(practice.getLeadOrganisationId()));
		Map<Long, Organisation> leads = this.organisations.organisations(leadIds);
		String base = baseUrl();
		Map<String, List<PracticeSearchJson.FacetCountJson>> facets = new LinkedHashMap<>();
		result.facets()
			.forEach((facet, counts) -> facets.put(facet.apiParameter(), counts.stream()
				.map((count) -> new PracticeSearchJson.FacetCountJson(count.value(), count.count(), count.selected()))
				.toList()));
		return new PracticeSearchJson(
				practices.stream()
					.map((practice) -> PracticeSummaryJson.of(practice, leads.get(practice.getLeadOrganisationId()),
							this.organisations.municipalities(practice.getMunicipalities()), base))
					.toList(),
				pageIndex + 1, pageSize, result.total(), (result.total() + pageSize - 1) / pageSize, facets,
				result.suggestion(), result.fuzzy());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One published fiche, with every public field")
	PracticeJson one(@PathVariable long id) {
		Practice practice = this.catalog.published(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no published fiche " + id));
		return PracticeJson.of(practice, this.organisations.organisation(practice.getLeadOrganisationId()).orElse(null),
				this.organisations.municipalities(practice.getMunicipalities()), baseUrl());
	}

	static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

}
