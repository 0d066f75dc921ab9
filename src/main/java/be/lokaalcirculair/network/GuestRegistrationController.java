package be.lokaalcirculair.network;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.network.Registration.Status;
import be.lokaalcirculair.shared.web.Flash;
import be.lokaalcirculair.shared.web.FormErrors;
import be.lokaalcirculair.shared.web.RateLimit;

/**
 * Guests without an account register for events that allow them, and confirm by the link
 * in the mail. Opening the link changes nothing (mail scanners open links): the page asks
 * to confirm with a button. A honeypot and a limit per address keep robots out.
 */
@Controller
class GuestRegistrationController {

	static final String FORM = "network/guest", CONFIRM_VIEW = "network/guest-confirm";

	static final String CONFIRM = "/activiteiten/bevestigen";

	static final int PER_HOUR = 10;

	private final GuestRegistrations guests;

	private final EventPages pages;

	private final RegistrationManagement registrations;

	private final RateLimit requests = new RateLimit(Duration.ofHours(1));

	GuestRegistrationController(GuestRegistrations guests, EventPages pages, RegistrationManagement registrations) {
		this.guests = guests;
		this.pages = pages;
		this.registrations = registrations;
	}

	@GetMapping("/activiteiten/{slug}/gast")
	String form(@PathVariable String slug, @AuthenticationPrincipal AccountPrincipal person, Model model,
			HttpServletResponse response) {
		NetworkEvent event = this.pages.event(slug);
		if (person != null) {
			// a member registers with the account, on the event's page
			return "redirect:" + AgendaController.url(event);
		}
		String problem = problem(event);
		if (problem != null) {
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		return form(model, event, GuestForm.empty(), FormErrors.none(), problem);
	}

	@PostMapping("/activiteiten/{slug}/gast")
	String request(@PathVariable String slug, @Valid @ModelAttribute("form") GuestForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		NetworkEvent event = this.pages.event(slug);
		if (form.isRobot()) {
			Flash.message(redirect, "network.guest.requested");
			return "redirect:" + AgendaController.url(event);
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, event, form, FormErrors.of(result, Map.of()), null);
		}
		limit(request.getRemoteAddr());
		try {
			this.guests.request(event.getId(), form);
		}
		catch (RegistrationRefused refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, event, form, FormErrors.none(), refused.messageKey());
		}
		Flash.message(redirect, "network.guest.requested");
		return "redirect:" + AgendaController.url(event);
	}

	@GetMapping(CONFIRM)
	String confirmPage(@RequestParam(required = false) String token, Model model) {
		return confirmView(model, wellFormed(token) ? token : "", null);
	}

	@PostMapping(CONFIRM)
	String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Optional<GuestRegistrations.Confirmed> confirmed;
		try {
			confirmed = wellFormed(token) ? this.guests.confirm(token) : Optional.empty();
		}
		catch (RegistrationRefused refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return confirmView(model, "", refused.messageKey());
		}
		if (confirmed.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return confirmView(model, "", "network.guest.unusable");
		}
		Flash.message(redirect, (confirmed.get().status() == Status.CONFIRMED) ? "network.guest.confirmed"
				: "network.register.waiting");
		return "redirect:" + AgendaController.url(confirmed.get().event());
	}

	/** Why a guest cannot register now, or {@code null}: the same checks as a request. */
	private String problem(NetworkEvent event) {
		if (!event.isAllowsGuests()) {
			return "network.guest.not-allowed";
		}
		try {
			this.registrations.checkOpen(event);
			return null;
		}
		catch (RegistrationRefused refused) {
			return refused.messageKey();
		}
	}

	private void limit(String address) {
		if (this.requests.count(address) >= PER_HOUR) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
		}
		this.requests.record(address);
	}

	private static boolean wellFormed(String token) {
		return token != null && !token.isEmpty() && token.length() <= 100;
	}

	private String form(Model model, NetworkEvent event, GuestForm form, FormErrors errors, String problem) {
		model.addAttribute("event", event);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		return FORM;
	}

	private String confirmView(Model model, String token, String problem) {
		model.addAttribute("token", token);
		model.addAttribute("problem", problem);
		return CONFIRM_VIEW;
	}

}
