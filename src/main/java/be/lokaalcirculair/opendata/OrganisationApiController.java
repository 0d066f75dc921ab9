package be.lokaalcirculair.opendata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import be.lokaalcirculair.organisation.Municipality;
import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.OrganisationFilter;
import be.lokaalcirculair.organisation.OrganisationType;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.organisation.Region;

/**
 * Organisations and municipalities as JSON.
 */
@RestController
@Tag(name = "organisations", description = "Municipalities (with the 2025 mergers) and other organisations")
class OrganisationApiController {

	static final int DEFAULT_SIZE = 50, MAX_SIZE = 500;

	private final Organisations organisations;

	OrganisationApiController(Organisations organisations) {
		this.organisations = organisations;
	}

	@GetMapping(path = "/api/v1/organisations", produces = "application/json")
	@Operation(summary = "List organisations",
			description = "Example: type=gemeente&region=vlaanderen gives the 285 Flemish municipalities of 2025.")
	ApiPage<OrganisationJson> list(
			@Parameter(description = "organisation type code, e.g. gemeente") @RequestParam(
					required = false) String type,
			@Parameter(description = "region: vlaanderen or brussel") @RequestParam(required = false) String region,
			@Parameter(description = "province NIS code, e.g. 40000") @RequestParam(required = false) String province,
			@Parameter(description = "part of the name") @RequestParam(required = false) String name,
			@Parameter(description = "page number, from 1") @RequestParam(required = false) Integer page,
			@Parameter(description = "page size, 1 to 500 (default 50)") @RequestParam(required = false) Integer size) {
		if (name != null && name.length() > ApiParameters.MAX_LENGTH) {
			throw ApiParameters.bad("name too long");
		}
		OrganisationFilter filter = new OrganisationFilter(
				ApiParameters.code("type", type, OrganisationType::fromCode), (province != null)
						? ApiParameters.code("province", province, this.organisations::province).nisCode() : null,
				ApiParameters.code("region", region, Region::fromCode), name);
		PageRequest request = PageRequest.of(ApiParameters.page(page), ApiParameters.size(size, DEFAULT_SIZE, MAX_SIZE),
				Sort.by("name", "id"));
		if ((long) request.getPageNumber() * request.getPageSize() > Integer.MAX_VALUE) {
			throw ApiParameters.bad("page too large");
		}
		String base = PracticeApiController.baseUrl();
		return ApiPage.of(this.organisations.organisations(filter, request),
				(organisation) -> OrganisationJson.of(organisation, municipalityOf(organisation), base));
	}

	@GetMapping(path = "/api/v1/organisations/{id}", produces = "application/json")
	@Operation(summary = "One organisation")
	OrganisationJson one(@PathVariable long id) {
		Organisation organisation = this.organisations.organisation(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no organisation " + id));
		return OrganisationJson.of(organisation, municipalityOf(organisation), PracticeApiController.baseUrl());
	}

	@GetMapping(path = "/api/v1/municipalities/{nisCode}", produces = "application/json")
	@Operation(summary = "One municipality of 2025 by NIS code",
			description = "A pre-2025 code resolves to the municipality it merged into: 11056 (Zwijndrecht) gives 46030.")
	MunicipalityJson municipality(@PathVariable String nisCode) {
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
