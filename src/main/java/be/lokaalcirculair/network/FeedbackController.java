package be.lokaalcirculair.network;

import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.network.EventFeedbacks.Access;
import be.lokaalcirculair.shared.web.Flash;
import be.lokaalcirculair.shared.web.FormErrors;

/**
 * Participants give feedback on an event they had a seat for (login required); editors
 * read the anonymous summary. Sending the form again replaces one's earlier feedback: a
 * participant may change their mind, and each registration still counts once.
 */
@Controller
class FeedbackController {

	static final String FORM = "network/feedback", SUMMARY = "network/feedback-summary";

	private final EventPages pages;

	private final EventFeedbacks feedbacks;

	private final EventManagement management;

	FeedbackController(EventPages pages, EventFeedbacks feedbacks, EventManagement management) {
		this.pages = pages;
		this.feedbacks = feedbacks;
		this.management = management;
	}

	static String url(NetworkEvent event) {
		return AgendaController.url(event) + "/feedback";
	}

	@GetMapping("/activiteiten/{slug}/feedback")
	String form(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal person, Model model,
			HttpServletResponse response) {
		NetworkEvent event = this.pages.event(slug);
		Access access = this.feedbacks.access(event, person.id(), Instant.now());
		FeedbackForm form = FeedbackForm.empty();
		boolean earlier = false;
		if (access == Access.OPEN) {
			var given = this.feedbacks.participation(event.getId(), person.id())
				.flatMap((r) -> this.feedbacks.earlier(r.getId()));
			earlier = given.isPresent();
			form = given.map((f) -> new FeedbackForm(String.valueOf(f.getScore()), text(f.getComment()))).orElse(form);
		}
		return page(model, response, event, access, form, FormErrors.none(), earlier);
	}

	@PostMapping("/activiteiten/{slug}/feedback")
	String submit(@PathVariable String slug, @Valid @ModelAttribute("form") FeedbackForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal person, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		NetworkEvent event = this.pages.event(slug);
		Instant now = Instant.now();
		Access access = this.feedbacks.access(event, person.id(), now);
		if (access != Access.OPEN || result.hasErrors()) {
			return page(model, response, event, access, form, FormErrors.of(result, FeedbackForm.FIELDS), false);
		}
		Registration registration = this.feedbacks.participation(event.getId(), person.id()).orElseThrow();
		boolean replaced = this.feedbacks.save(event, registration, form, now);
		Flash.message(redirect, replaced ? "network.feedback.updated" : "network.feedback.thanks");
		return "redirect:" + AgendaController.url(event);
	}

	@GetMapping(EventEditorController.BASE + "/{id}/feedback")
	String summary(@PathVariable long id, Model model) {
		model.addAttribute("event", this.management.event(id));
		model.addAttribute("summary", this.feedbacks.summary(id));
		return SUMMARY;
	}

	/**
	 * The form, or why it is not there: 403 for non-participants, 409 outside the period.
	 */
	private String page(Model model, HttpServletResponse response, NetworkEvent event, Access access, FeedbackForm form,
			FormErrors errors, boolean earlier) {
		if (access == Access.NOT_PARTICIPANT) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
		}
		else if (access != Access.OPEN) {
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		else if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("event", event);
		model.addAttribute("access", access.name());
		model.addAttribute("closes", this.feedbacks.closes(event));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("earlier", earlier);
		return FORM;
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
