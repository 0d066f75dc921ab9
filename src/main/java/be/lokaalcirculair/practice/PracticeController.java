package be.lokaalcirculair.practice;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.shared.text.Slugs;

/**
 * The public page of a fiche (the list is the search page).
 */
@Controller
class PracticeController {

	static final String DETAIL_VIEW = "practice/detail";

	private final PracticeCatalog catalog;

	private final PracticeViews views;

	PracticeController(PracticeCatalog catalog, PracticeViews views) {
		this.catalog = catalog;
		this.views = views;
	}

	static String url(Practice practice) {
		return "/praktijken/" + practice.getSlug();
	}

	@GetMapping("/praktijken/{slug}")
	String detail(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal reader, Model model) {
		if (!Slugs.isWellFormed(slug)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Practice practice = this.catalog.published(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("view", this.views.of(practice, reader, true));
		model.addAttribute("preview", false);
		return DETAIL_VIEW;
	}

}
