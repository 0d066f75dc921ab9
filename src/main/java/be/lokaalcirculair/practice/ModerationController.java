package be.lokaalcirculair.practice;

import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.shared.web.Flash;
import be.lokaalcirculair.shared.web.Languages;

/** The editors' moderation queue and their decisions on fiches. */
@Controller
class ModerationController {

	static final String VIEW = "practice/moderation";

	static final int COMMENT_MAX = 2000;

	private final PracticeManagement management;

	private final PracticeCards cards;

	ModerationController(PracticeManagement management, PracticeCards cards) {
		this.management = management;
		this.cards = cards;
	}

	@GetMapping("/beheer/moderatie")
	String queue(Model model) {
		model.addAttribute("queue", this.cards.of(this.management.queue()));
		return VIEW;
	}

	@PostMapping("/beheer/moderatie/{id}")
	String decide(@AuthenticationPrincipal AccountPrincipal editor, @PathVariable long id,
			@RequestParam("besluit") String decision,
			@RequestParam(name = "opmerking", required = false) String comment, HttpServletRequest request,
			RedirectAttributes redirect) {
		String note = (comment == null || comment.isBlank()) ? null : comment.strip();
		if (note != null && note.length() > COMMENT_MAX) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (note == null && ("wijzigingen".equals(decision) || "weigeren".equals(decision))) {
			Flash.message(redirect, "practice.moderation.comment-required");
			return "redirect:/mijn-praktijken/" + id;
		}
		var locale = Languages.supported(RequestContextUtils.getLocale(request));
		switch (decision) {
			case "publiceren" -> this.management.publish(editor, id, locale);
			case "wijzigingen" -> this.management.decline(editor, id, ModerationState.CHANGES_REQUESTED, note, locale);
			case "weigeren" -> this.management.decline(editor, id, ModerationState.REJECTED, note, locale);
			case "archiveren" -> this.management.decline(editor, id, ModerationState.ARCHIVED, note, locale);
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		Flash.message(redirect, "practice.moderation.done." + decision);
		return "redirect:/beheer/moderatie";
	}

	/** A fiche (or image) that does not exist: 404. */
	@org.springframework.web.bind.annotation.ExceptionHandler(NoSuchElementException.class)
	void notFound(HttpServletResponse response) throws java.io.IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/** A fiche the person may not touch: 403. */
	@org.springframework.web.bind.annotation.ExceptionHandler(SecurityException.class)
	void forbidden(HttpServletResponse response) throws java.io.IOException {
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

}
