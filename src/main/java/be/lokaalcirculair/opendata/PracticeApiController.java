package be.lokaalcirculair.opendata;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import be.lokaalcirculair.search.PracticeQuery;
import be.lokaalcirculair.search.PracticeSearch;
import be.lokaalcirculair.search.PracticeSearchResult;

/**
 * Published fiches as JSON.
 */
@RestController
@RequestMapping(path = "/api/v1/practices", produces = "application/json")
@Tag(name = "practices", description = "Published practice fiches")
class PracticeApiController {

	private final PracticeCatalog catalog;

	private final PracticeSearch search;

	private final Organisations organisations;

	private final PracticeQueries queries;

	PracticeApiController(PracticeCatalog catalog, PracticeSearch search, Organisations organisations,
			PracticeQueries queries) {
		this.catalog = catalog;
		this.search = search;
		this.organisations = organisations;
		this.queries = queries;
	}

	@GetMapping
	@Operation(operationId = "searchPractices", summary = "Search the published fiches, with facet counts",
			description = "Full-text search (Dutch first: compounds, stems, synonyms; English too) with facets. "
					+ "Several values of one facet are alternatives (OR); facets among each other all apply (AND); "
					+ "the counts of a facet reflect the other active filters. Unknown parameters and values give 400. "
					+ "The same parameters, without page and size, give the whole result as CSV or XLSX: "
					+ "/api/v1/practices.csv and /api/v1/practices.xlsx.")
	PracticeSearchJson list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		PracticeQuery query = this.queries.paged(parameters, PracticeCatalog.MAX_PAGE_SIZE);
		PracticeSearchResult result = this.search.search(query);
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
		int pageSize = query.size();
		return new PracticeSearchJson(
				practices.stream()
					.map((practice) -> PracticeSummaryJson.of(practice, leads.get(practice.getLeadOrganisationId()),
							this.organisations.municipalities(practice.getMunicipalities()), base))
					.toList(),
				query.page() + 1, pageSize, result.total(), (result.total() + pageSize - 1) / pageSize, facets,
				result.suggestion(), result.fuzzy());
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getPractice", summary = "One published fiche, with every public field",
			description = "Last-Modified is the fiche's own last change.")
	ResponseEntity<PracticeJson> one(@Parameter(description = "the fiche's id") @PathVariable long id) {
		Practice practice = this.catalog.published(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no published fiche " + id));
		PracticeJson json = PracticeJson.of(practice,
				this.organisations.organisation(practice.getLeadOrganisationId()).orElse(null),
				this.organisations.municipalities(practice.getMunicipalities()), baseUrl());
		return ResponseEntity.ok().lastModified(practice.getUpdatedAt()).body(json);
	}

	static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

}
