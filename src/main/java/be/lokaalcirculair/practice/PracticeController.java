package be.lokaalcirculair.practice;

import java.util.HashSet;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import be.lokaalcirculair.organisation.MunicipalityMap;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.shared.text.RichText;
import be.lokaalcirculair.shared.text.Slugs;

/**
 * The public pages of the practice database: the list with simple filters and the page of
 * a fiche.
 */
@Controller
class PracticeController {

	static final String DETAIL_VIEW = "practice/detail";

	private final PracticeCatalog catalog;

	private final PracticeCards cards;

	private final Organisations organisations;

	private final MunicipalityMap map;

	private final PracticeImageRepository images;

	private final PracticeAttachmentRepository attachments;

	private final SimilarPractices similar;

	PracticeController(PracticeCatalog catalog, PracticeCards cards, Organisations organisations, MunicipalityMap map,
			PracticeImageRepository images, PracticeAttachmentRepository attachments, SimilarPractices similar) {
		this.catalog = catalog;
		this.cards = cards;
		this.organisations = organisations;
		this.map = map;
		this.images = images;
		this.attachments = attachments;
		this.similar = similar;
	}

	static String url(Practice practice) {
		return "/praktijken/" + practice.getSlug();
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
						this.cards.of(this.similar.similarTo(practice, 4)), false));
		return DETAIL_VIEW;
	}

}
