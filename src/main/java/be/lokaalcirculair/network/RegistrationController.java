package be.lokaalcirculair.network;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.network.Registration.Status;
import be.lokaalcirculair.network.RegistrationManagement.Participant;
import be.lokaalcirculair.shared.web.Flash;

/**
 * Members register for an event and cancel on its page; the link in the mail cancels too,
 * after a confirmation (opening a link changes nothing: mail scanners open links).
 */
@Controller
class RegistrationController {

	static final String CANCEL_BY_LINK = "/activiteiten/uitschrijven";

	static final String CANCEL_VIEW = "network/cancel";

	private final RegistrationManagement registrations;

	private final EventPages pages;

	RegistrationController(RegistrationManagement registrations, EventPages pages) {
		this.registrations = registrations;
		this.pages = pages;
	}

	@PostMapping("/activiteiten/{slug}/inschrijving")
	String register(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal person,
			RedirectAttributes redirect, HttpServletResponse response, Model model) {
		NetworkEvent event = this.pages.event(slug);
		Status status;
		try {
			status = this.registrations.register(event.getId(),
					new Participant(person.id(), person.getUsername(), person.displayName(), person.organisationId()));
		}
		catch (RegistrationRefused refused) {
			return refused(refused, event, person, response, model);
		}
		Flash.message(redirect,
				(status == Status.CONFIRMED) ? "network.register.confirmed" : "network.register.waiting");
		return "redirect:" + AgendaController.url(event);
	}

	@PostMapping("/activiteiten/{slug}/uitschrijving")
	String cancel(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal person,
			RedirectAttributes redirect, HttpServletResponse response, Model model) {
		NetworkEvent event = this.pages.event(slug);
		try {
			this.registrations.cancel(event.getId(), person.id());
		}
		catch (RegistrationRefused refused) {
			return refused(refused, event, person, response, model);
		}
		Flash.message(redirect, "network.cancel.done");
		return "redirect:" + AgendaController.url(event);
	}

	@GetMapping(CANCEL_BY_LINK)
	String confirmCancel(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", (token != null && token.length() <= 100) ? token : "");
		model.addAttribute("failed", false);
		return CANCEL_VIEW;
	}

	@PostMapping(CANCEL_BY_LINK)
	String cancelByLink(@RequestParam(required = false) String token, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Optional<NetworkEvent> event = (token != null && token.length() <= 100)
				? this.registrations.cancelByToken(token) : Optional.empty();
		if (event.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("token", "");
			model.addAttribute("failed", true);
			return CANCEL_VIEW;
		}
		Flash.message(redirect, "network.cancel.done");
		return "redirect:" + AgendaController.url(event.get());
	}

	/** A refused registration: the event's page again with the reason, and 409. */
	private String refused(RegistrationRefused refused, NetworkEvent event, AccountPrincipal person,
			HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("view", this.pages.view(event, person, refused.messageKey()));
		return EventPages.DETAIL;
	}

}
