package be.lokaalcirculair.opendata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import be.lokaalcirculair.organisation.Municipality;
import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.OrganisationFilter;
import be.lokaalcirculair.organisation.Organisations;

/**
 * Organisations and municipalities as JSON.
 */
@RestController
@Tag(name = "organisations", description = "Municipalities (with the 2025 mergers) and other organisations")
class OrganisationApiController {

	private final Organisations organisations;

	private final OrganisationQueries queries;

	OrganisationApiController(Organisations organisations, OrganisationQueries queries) {
		this.organisations = organisations;
		this.queries = queries;
	}

	@GetMapping(path = "/api/v1/organisations", produces = "application/json")
	@Operation(operationId = "listOrganisations", summary = "List organisations, by name",
			description = "Example: type=gemeente&region=vlaanderen&size=500 gives the 285 Flemish municipalities of 2025. "
					+ "Unknown parameters and values give 400. The same filters, without page and size, give every "
					+ "organisation as CSV or XLSX: /api/v1/organisations.csv and /api/v1/organisations.xlsx.")
	ApiPage<OrganisationJson> list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		OrganisationFilter filter = this.queries.paged(parameters);
		PageRequest request = this.queries.page(parameters);
		String base = PracticeApiController.baseUrl();
		return ApiPage.of(this.organisations.organisations(filter, request),
				(organisation) -> OrganisationJson.of(organisation, municipalityOf(organisation), base));
	}

	@GetMapping(path = "/api/v1/organisations/{id}", produces = "application/json")
	@Operation(operationId = "getOrganisation", summary = "One organisation")
	OrganisationJson one(@Parameter(description = "the organisation's id") @PathVariable long id) {
		Organisation organisation = this.organisations.organisation(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no organisation " + id));
		return OrganisationJson.of(organisation, municipalityOf(organisation), PracticeApiController.baseUrl());
	}

	@GetMapping(path = "/api/v1/municipalities/{nisCode}", produces = "application/json")
	@Operation(operationId = "getMunicipality", summary = "One municipality of 2025 by NIS code",
			description = "A pre-2025 code resolves to the municipality it merged into: 11056 (Zwijndrecht) gives 46030.")
	MunicipalityJson municipality(
			@Parameter(description = "NIS code of a municipality, of 2025 or before") @PathVariable String nisCode) {
		Municipality municipality = this.organisations.municipality(nisCode)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no municipality " + nisCode));
		return MunicipalityJson.of(municipality, this.organisations.formerMunicipalitiesOf(municipality.getNisCode()),
				nisCode);
	}

	private Municipality municipalityOf(Organisation organisation) {
		return (organisation.getMunicipalityNis() != null)
				? this.organisations.municipality(organisation.getMunicipalityNis()).orElse(null) : null;
	}

}
