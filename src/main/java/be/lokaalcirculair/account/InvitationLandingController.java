package be.lokaalcirculair.account;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import be.lokaalcirculair.shared.web.Flash;
import be.lokaalcirculair.shared.web.FormErrors;

/**
 * The page behind an invitation's link: a new person creates an account with the invited
 * address, someone with an account logs in and joins; a link that no longer works says
 * why and changes nothing.
 */
@Controller
class InvitationLandingController {

	static final String LANDING = "account/invitation", WELCOME = "account/invitation-welcome";

	private static final String ORGANISATION = "organisationName";

	private final InvitationAcceptance acceptance;

	InvitationLandingController(InvitationAcceptance acceptance) {
		this.acceptance = acceptance;
	}

	@GetMapping("/uitnodiging")
	String landing(@AuthenticationPrincipal AccountPrincipal person, @RequestParam(required = false) String token,
			Model model, HttpServletResponse response) {
		InvitationLanding landing = this.acceptance.landing(token, person);
		return show(landing, InvitationRegistrationForm.empty(token), FormErrors.none(), model, response);
	}

	/**
	 * Where "log in and join" leads: the login page first when needed, then back to the
	 * invitation.
	 */
	@GetMapping("/account/uitnodiging")
	String afterLogin(@RequestParam(required = false) String token) {
		return "redirect:" + UriComponentsBuilder.fromPath("/uitnodiging")
			.queryParamIfPresent("token", java.util.Optional.ofNullable(token))
			.encode()
			.toUriString();
	}

	@PostMapping("/account/uitnodiging")
	String accept(@AuthenticationPrincipal AccountPrincipal person, @RequestParam(required = false) String token,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		InvitationLanding outcome = this.acceptance.accept(person, token);
		if (outcome.kind() == InvitationLanding.Kind.JOINED) {
			Flash.message(redirect, "invitation.joined");
			return "redirect:/account";
		}
		return show(outcome, InvitationRegistrationForm.empty(token), FormErrors.none(), model, response);
	}

	@PostMapping("/uitnodiging/registreren")
	String register(@Valid @ModelAttribute("form") InvitationRegistrationForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			InvitationLanding landing = this.acceptance.landing(form.token(), null);
			if (landing.kind() == InvitationLanding.Kind.SIGN_UP) {
				response.setStatus(400);
			}
			return show(landing, form.withoutPasswords(),
					FormErrors.of(result, Map.of("passwordRepeated", "passwordRepeat")), model, response);
		}
		InvitationLanding outcome = this.acceptance.register(form);
		if (outcome.kind() == InvitationLanding.Kind.JOINED) {
			redirect.addFlashAttribute(ORGANISATION, outcome.organisationName());
			return "redirect:/uitnodiging/welkom";
		}
		return show(outcome, form.withoutPasswords(), FormErrors.none(), model, response);
	}

	@GetMapping("/uitnodiging/welkom")
	String welcome(Model model) {
		if (!(model.getAttribute(ORGANISATION) instanceof String)) {
			model.addAttribute(ORGANISATION, null);
		}
		return WELCOME;
	}

	private static String show(InvitationLanding landing, InvitationRegistrationForm form, FormErrors errors,
			Model model, HttpServletResponse response) {
		if (response.getStatus() == 200) {
			response.setStatus(landing.status());
		}
		model.addAttribute("landing", landing);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return LANDING;
	}

}
