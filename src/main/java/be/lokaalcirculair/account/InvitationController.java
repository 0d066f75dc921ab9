package be.lokaalcirculair.account;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import be.lokaalcirculair.shared.web.Flash;
import be.lokaalcirculair.shared.web.FormErrors;
import be.lokaalcirculair.shared.web.Languages;

/**
 * Coordinators (and the network's editors and admins) invite colleagues by e-mail, see
 * what became of their invitations and revoke open ones.
 */
@Controller
class InvitationController {

	static final String VIEW = "account/invitations";

	static final String BASE = OrganisationMembersController.BASE + "/uitnodigingen";

	private static final String REPORT = "invitationReport";

	private final Invitations invitations;

	private final OrganisationMembers members;

	private final AccountRepository accounts;

	private final Validator validator;

	private final MessageSource messages;

	InvitationController(Invitations invitations, OrganisationMembers members, AccountRepository accounts,
			Validator validator, MessageSource messages) {
		this.invitations = invitations;
		this.members = members;
		this.accounts = accounts;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping(BASE)
	String invitations(@AuthenticationPrincipal AccountPrincipal person, @PathVariable long organisationId,
			Model model) {
		InvitationReport report = (model.getAttribute(REPORT) instanceof InvitationReport sent) ? sent : null;
		return page(person, organisationId, InvitationForm.empty(), FormErrors.none(), report, model);
	}

	@PostMapping(BASE)
	String invite(@AuthenticationPrincipal AccountPrincipal person, @PathVariable long organisationId,
			@Valid @ModelAttribute("form") InvitationForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		this.members.managed(person, organisationId);
		Locale locale = Languages.supported(RequestContextUtils.getLocale(request));
		if (!result.hasFieldErrors("emails")) {
			checkAddresses(form, result, locale);
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(person, organisationId, form, FormErrors.of(result, Map.of()), null, model);
		}
		try {
			InvitationReport report = this.invitations.invite(person, organisationId, form, locale);
			redirect.addFlashAttribute(REPORT, report);
			Flash.message(redirect, report.sent().isEmpty() ? "invitation.sent-none" : "invitation.sent");
		}
		catch (Invitations.TooManyInvitationsException ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			result.reject("invitation.too-many", text("invitation.too-many", locale, Invitations.MAX_PER_DAY));
			return page(person, organisationId, form, FormErrors.of(result, Map.of()), null, model);
		}
		return "redirect:" + path(organisationId);
	}

	@PostMapping(BASE + "/{invitationId}/intrekken")
	String revoke(@AuthenticationPrincipal AccountPrincipal person, @PathVariable long organisationId,
			@PathVariable long invitationId, RedirectAttributes redirect) {
		boolean revoked = this.invitations.revoke(person, organisationId, invitationId);
		Flash.message(redirect, revoked ? "invitation.revoked" : "invitation.not-open");
		return "redirect:" + path(organisationId);
	}

	/**
	 * Rejects the form when it holds no address, more than
	 * {@link InvitationForm#MAX_ADDRESSES}, or any that is not valid (naming them).
	 */
	private void checkAddresses(InvitationForm form, BindingResult result, Locale locale) {
		Set<String> unique = new LinkedHashSet<>(form.addresses());
		List<String> invalid = unique.stream()
			.filter((
					address) -> !this.validator.validateValue(InvitationForm.Address.class, "value", address).isEmpty())
			.toList();
		if (unique.isEmpty()) {
			result.rejectValue("emails", "required", text("invitation.emails.required", locale));
		}
		else if (unique.size() > InvitationForm.MAX_ADDRESSES) {
			result.rejectValue("emails", "too-many",
					text("invitation.emails.too-many", locale, InvitationForm.MAX_ADDRESSES, unique.size()));
		}
		else if (!invalid.isEmpty()) {
			result.rejectValue("emails", "invalid",
					text("invitation.emails.invalid", locale, String.join(", ", invalid)));
		}
	}

	private String page(AccountPrincipal person, long organisationId, InvitationForm form, FormErrors errors,
			InvitationReport report, Model model) {
		List<Invitation> list = this.invitations.ofOrganisation(person, organisationId);
		Map<Long, String> inviters = this.accounts
			.findAllById(list.stream().map(Invitation::getInvitedBy).filter(java.util.Objects::nonNull).toList())
			.stream()
			.collect(Collectors.toMap(Account::getId, Account::getDisplayName, (a, b) -> a));
		model.addAttribute("view", new InvitationsView(this.members.managed(person, organisationId), list, inviters,
				form, errors, report));
		return VIEW;
	}

	private static String path(long organisationId) {
		return BASE.replace("{organisationId}", String.valueOf(organisationId));
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	/** No such organisation, or no such invitation of it: 404. */
	@ExceptionHandler(NoSuchElementException.class)
	void notFound(HttpServletResponse response) throws java.io.IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/** Another organisation's invitations: 403. */
	@ExceptionHandler(SecurityException.class)
	void forbidden(HttpServletResponse response) throws java.io.IOException {
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

}
