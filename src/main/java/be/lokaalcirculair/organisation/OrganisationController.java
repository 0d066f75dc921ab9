package be.lokaalcirculair.organisation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import be.lokaalcirculair.shared.text.Slugs;
import be.lokaalcirculair.shared.web.Pager;
import be.lokaalcirculair.shared.web.Parameters;
import be.lokaalcirculair.shared.web.QueryLinks;

/**
 * The public pages of organisations: the list with filters, an organisation's page, and
 * the map.
 */
@Controller
class OrganisationController {

	static final String LIST_VIEW = "organisation/list", DETAIL_VIEW = "organisation/detail";

	static final int PAGE_SIZE = 24;

	static final int ACTIVITY_LIMIT = 20;

	private final Organisations organisations;

	private final MunicipalityMap map;

	private final List<OrganisationActivity> activities;

	OrganisationController(Organisations organisations, MunicipalityMap map, List<OrganisationActivity> activities) {
		this.organisations = organisations;
		this.map = map;
		this.activities = activities;
	}

	@GetMapping("/organisaties")
	String list(@RequestParam(name = OrganisationListView.TYPE, required = false) String type,
			@RequestParam(name = OrganisationListView.PROVINCE, required = false) String province,
			@RequestParam(name = OrganisationListView.NAME, required = false) String name,
			@RequestParam(name = QueryLinks.PAGE, required = false) String page, HttpServletRequest request,
			Model model) {
		List<String> unknown = new ArrayList<>();
		List<OrganisationType> types = Parameters.codes((type != null) ? List.of(type) : null,
				OrganisationType::fromCode, unknown);
		List<Province> provinces = Parameters.codes((province != null) ? List.of(province) : null,
				this.organisations::province, unknown);
		OrganisationFilter filter = new OrganisationFilter(types.isEmpty() ? null : types.get(0),
				provinces.isEmpty() ? null : provinces.get(0).nisCode(), null, Parameters.text(name));
		int pageNumber = Parameters.pageNumber(page);
		if ((long) pageNumber * PAGE_SIZE > Integer.MAX_VALUE) {
			throw Parameters.badRequest();
		}
		Page<Organisation> result = this.organisations.organisations(filter,
				PageRequest.of(pageNumber - 1, PAGE_SIZE, Sort.by("name", "id")));
		Map<String, Municipality> municipalities = new HashMap<>();
		result.forEach((organisation) -> {
			if (organisation.getMunicipalityNis() != null) {
				this.organisations.municipality(organisation.getMunicipalityNis())
					.ifPresent((m) -> municipalities.put(m.getNisCode(), m));
			}
		});
		QueryLinks links = QueryLinks.of(request);
		model.addAttribute("view",
				new OrganisationListView(result.getContent(), municipalities, result.getTotalElements(),
						Pager.of(result, links), links, filter, this.organisations.provinces(), unknown));
		return LIST_VIEW;
	}

	@GetMapping("/organisaties/{slug}")
	String detail(@PathVariable String slug, Model model) {
		if (!Slugs.isWellFormed(slug)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Organisation organisation = this.organisations.organisation(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Municipality municipality = (organisation.getMunicipalityNis() != null)
				? this.organisations.municipality(organisation.getMunicipalityNis()).orElse(null) : null;
		List<Municipality> members = this.organisations.municipalities(organisation.getMemberMunicipalities());
		List<String> outlined = new ArrayList<>();
		if (municipality != null) {
			outlined.add(municipality.getNisCode());
		}
		members.forEach((member) -> outlined.add(member.getNisCode()));
		model.addAttribute("view",
				new OrganisationView(organisation, municipality,
						(organisation.getProvinceNis() != null)
								? this.organisations.province(organisation.getProvinceNis()).orElse(null) : null,
						(municipality != null)
								? this.organisations.formerMunicipalitiesOf(municipality.getNisCode()) : List.of(),
						members, this.map.outlines(outlined),
						this.activities.stream()
							.map((activity) -> activity.activityOf(organisation, ACTIVITY_LIMIT))
							.toList()));
		return DETAIL_VIEW;
	}

	/**
	 * A municipality by NIS code, also a pre-2025 one: sends to the page of the (merged)
	 * municipality.
	 */
	@GetMapping("/gemeenten/{nisCode}")
	String municipality(@PathVariable String nisCode) {
		Organisation organisation = this.organisations.organisationOfMunicipality(nisCode)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return "redirect:/organisaties/" + organisation.getSlug();
	}

	@GetMapping(path = "/kaart/vlaanderen.svg", produces = "image/svg+xml")
	@ResponseBody
	ResponseEntity<String> baseMap() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.contentType(MediaType.valueOf("image/svg+xml"))
			.body(this.map.baseMap());
	}

}
