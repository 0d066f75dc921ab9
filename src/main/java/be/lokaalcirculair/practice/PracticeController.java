package be.lokaalcirculair.practice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import be.lokaalcirculair.organisation.MunicipalityMap;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.shared.taxonomy.Lever;
import be.lokaalcirculair.shared.taxonomy.PracticeStatus;
import be.lokaalcirculair.shared.taxonomy.Theme;
import be.lokaalcirculair.shared.text.RichText;
import be.lokaalcirculair.shared.text.Slugs;
import be.lokaalcirculair.shared.web.Pager;
import be.lokaalcirculair.shared.web.Parameters;
import be.lokaalcirculair.shared.web.QueryLinks;

/**
 * The public pages of the practice database: the list with simple filters and the page of
 * a fiche.
 */
@Controller
class PracticeController {

	static final String LIST_VIEW = "practice/list", DETAIL_VIEW = "practice/detail";

	static final int PAGE_SIZE = 12;

	private final PracticeCatalog catalog;

	private final PracticeCards cards;

	private final Organisations organisations;

	private final MunicipalityMap map;

	private final PracticeImageRepository images;

	private final PracticeAttachmentRepository attachments;

	PracticeController(PracticeCatalog catalog, PracticeCards cards, Organisations organisations, MunicipalityMap map,
			PracticeImageRepository images, PracticeAttachmentRepository attachments) {
		this.catalog = catalog;
		this.cards = cards;
		this.organisations = organisations;
		this.map = map;
		this.images = images;
		this.attachments = attachments;
	}

	static String url(Practice practice) {
		return "/praktijken/" + practice.getSlug();
	}

	@GetMapping("/praktijken")
	String list(@RequestParam(name = PracticeListView.THEME, required = false) List<String> themes,
			@RequestParam(name = PracticeListView.LEVER, required = false) List<String> levers,
			@RequestParam(name = PracticeListView.PROVINCE, required = false) List<String> provinces,
			@RequestParam(name = PracticeListView.STATUS, required = false) List<String> statuses,
			@RequestParam(name = PracticeListView.MUNICIPALITY, required = false) String municipality,
			@RequestParam(name = PracticeListView.SORT, required = false) String sort,
			@RequestParam(name = PracticeListView.TEXT, required = false) String text,
			@RequestParam(name = QueryLinks.PAGE, required = false) String page, HttpServletRequest request,
			Model model) {
		List<String> unknown = new ArrayList<>();
		String municipalityCode = Parameters.text(municipality);
		var municipalityFound = (municipalityCode != null) ? this.organisations.municipality(municipalityCode)
				: java.util.Optional.<be.lokaalcirculair.organisation.Municipality>empty();
		if (municipalityCode != null && municipalityFound.isEmpty()) {
			unknown.add(municipalityCode);
		}
		PracticeFilter filter = new PracticeFilter(Set.copyOf(Parameters.codes(themes, Theme::fromCode, unknown)),
				Set.copyOf(Parameters.codes(levers, Lever::fromCode, unknown)),
				Set.copyOf(Parameters.codes(provinces, this.organisations::province, unknown)
					.stream()
					.map((province) -> province.nisCode())
					.toList()),
				Set.copyOf(Parameters.codes(statuses, PracticeStatus::fromCode, unknown)),
				municipalityFound.map((m) -> m.getNisCode()).orElse(null), Parameters.text(text));
		String sortCode = Parameters.text(sort);
		PracticeSort order = (sortCode == null) ? PracticeSort.NEWEST
				: PracticeSort.fromCode(sortCode).orElseGet(() -> {
					unknown.add(sortCode);
					return PracticeSort.NEWEST;
				});
		int pageNumber = Parameters.pageNumber(page);
		Page<Practice> result = this.catalog.published(filter, pageNumber - 1, PAGE_SIZE, order);
		QueryLinks links = QueryLinks.of(request);
		model.addAttribute("view", new PracticeListView(this.cards.of(result.getContent()), result.getTotalElements(),
				Pager.of(result, links), links, filter, order, this.organisations.provinces(),
				municipalityFound.orElse(null), unknown, pageNumber > 1 && pageNumber > result.getTotalPages()));
		return LIST_VIEW;
	}

	@GetMapping("/praktijken/{slug}")
	String detail(@PathVariable String slug, Model model) {
		if (!Slugs.isWellFormed(slug)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Practice practice = this.catalog.published(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var municipalities = this.organisations.municipalities(practice.getMunicipalities());
		Set<String> codes = new HashSet<>();
		municipalities.forEach((municipality) -> codes.add(municipality.getNisCode()));
		model.addAttribute("view",
				new PracticeView(practice, RichText.toHtml(practice.getDescription()),
						this.organisations.organisation(practice.getLeadOrganisationId()).orElse(null), municipalities,
						this.map.outlines(codes), this.images.findInfoByPracticeId(practice.getId()),
						this.attachments.findInfoByPracticeId(practice.getId()),
						this.cards.of(this.catalog.related(practice, 4)), false));
		return DETAIL_VIEW;
	}

}
