package be.lokaalcirculair.opendata;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
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
import be.lokaalcirculair.practice.PracticeFilter;
import be.lokaalcirculair.practice.PracticeSort;
import be.lokaalcirculair.shared.taxonomy.Lever;
import be.lokaalcirculair.shared.taxonomy.PracticeStatus;
import be.lokaalcirculair.shared.taxonomy.Theme;

/**
 * Published fiches as JSON.
 */
@RestController
@RequestMapping(path = "/api/v1/practices", produces = "application/json")
@Tag(name = "practices", description = "Published practice fiches")
class PracticeApiController {

	static final int DEFAULT_SIZE = 20;

	private final PracticeCatalog catalog;

	private final Organisations organisations;

	PracticeApiController(PracticeCatalog catalog, Organisations organisations) {
		this.catalog = catalog;
		this.organisations = organisations;
	}

	@GetMapping
	@Operation(summary = "List published fiches",
			description = "Several values of one filter are alternatives (OR); filters among each other all apply "
					+ "(AND). Unknown filter values give 400.")
	ApiPage<PracticeSummaryJson> list(
			@Parameter(description = "theme code (see /api/v1/taxonomy); repeatable") @RequestParam(
					required = false) List<String> theme,
			@Parameter(description = "lever code; repeatable") @RequestParam(required = false) List<String> lever,
			@Parameter(description = "province NIS code, e.g. 10000; repeatable") @RequestParam(
					required = false) List<String> province,
			@Parameter(description = "project status code; repeatable") @RequestParam(
					required = false) List<String> status,
			@Parameter(description = "municipality NIS code, of 2025 or before") @RequestParam(
					required = false) String municipality,
			@Parameter(description = "words that must all occur in the title or summary") @RequestParam(
					required = false) String q,
			@Parameter(description = "order: nieuw (default), bijgewerkt or titel") @RequestParam(
					required = false) String sort,
			@Parameter(description = "page number, from 1") @RequestParam(required = false) Integer page,
			@Parameter(description = "page size, 1 to 100 (default 20)") @RequestParam(required = false) Integer size) {
		String municipalityCode = (municipality != null)
				? ApiParameters.code("municipality", municipality, this.organisations::municipality).getNisCode()
				: null;
		PracticeFilter filter = new PracticeFilter(Set.copyOf(ApiParameters.codes("theme", theme, Theme::fromCode)),
				Set.copyOf(ApiParameters.codes("lever", lever, Lever::fromCode)),
				Set.copyOf(ApiParameters.codes("province", province, this.organisations::province)
					.stream()
					.map((p) -> p.nisCode())
					.toList()),
				Set.copyOf(ApiParameters.codes("status", status, PracticeStatus::fromCode)), municipalityCode,
				ApiParameters.text("q", q));
		PracticeSort order = (sort != null) ? ApiParameters.code("sort", sort, PracticeSort::fromCode)
				: PracticeSort.NEWEST;
		Page<Practice> result = this.catalog.published(filter, ApiParameters.page(page),
				ApiParameters.size(size, DEFAULT_SIZE, PracticeCatalog.MAX_PAGE_SIZE), order);
		Set<Long> leadIds = new HashSet<>();
		result.forEach((practice) -> leadIds.add(practice.getLeadOrganisationId()));
		Map<Long, Organisation> leads = this.organisations.organisations(leadIds);
		String base = baseUrl();
		return ApiPage.of(result,
				(practice) -> PracticeSummaryJson.of(practice, leads.get(practice.getLeadOrganisationId()),
						this.organisations.municipalities(practice.getMunicipalities()), base));
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
