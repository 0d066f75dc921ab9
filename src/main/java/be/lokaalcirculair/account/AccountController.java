package be.lokaalcirculair.account;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.OrganisationFilter;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.shared.web.Flash;
import be.lokaalcirculair.shared.web.FormErrors;
import be.lokaalcirculair.shared.web.Languages;
import be.lokaalcirculair.shared.web.Parameters;

/**
 * Logging in, registering with e-mail verification, and one's own account: asking to join
 * an organisation, logging out everywhere.
 */
@Controller
class AccountController {

	static final String LOGIN = "account/login", REGISTER = "account/register", REGISTERED = "account/registered",
			VERIFIED = "account/verified", OVERVIEW = "account/overview";

	private final AccountManagement management;

	private final Organisations organisations;

	private final OidcSettings oidc;

	AccountController(AccountManagement management, Organisations organisations, OidcSettings oidc) {
		this.management = management;
		this.organisations = organisations;
		this.oidc = oidc;
	}

	@GetMapping("/aanmelden")
	String login(HttpServletRequest request, Model model) {
		String notice = null;
		for (String reason : List.of("fout", "geblokkeerd", "onbevestigd", "afgemeld", "hersteld", "oidc-fout",
				"oidc-geen-account")) {
			if (request.getParameter(reason) != null) {
				notice = "account.login." + reason;
			}
		}
		model.addAttribute("notice", notice);
		model.addAttribute("oidc", this.oidc.enabled());
		model.addAttribute("oidcName", this.oidc.label());
		return LOGIN;
	}

	@GetMapping("/registreren")
	String registerForm(Model model) {
		model.addAttribute("form", RegistrationForm.empty());
		model.addAttribute("errors", FormErrors.none());
		return REGISTER;
	}

	@PostMapping("/registreren")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result,
			HttpServletRequest request, Model model, jakarta.servlet.http.HttpServletResponse response) {
		if (form.website() != null && !form.website().isBlank()) {
			// a robot filled in the honeypot: act as if all went well, do nothing
			return "redirect:/registreren/verstuurd";
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("form", form.withoutPasswords());
			model.addAttribute("errors", FormErrors.of(result, Map.of("passwordRepeated", "passwordRepeat")));
			return REGISTER;
		}
		this.management.register(form, locale(request));
		return "redirect:/registreren/verstuurd";
	}

	@GetMapping("/registreren/verstuurd")
	String registered() {
		return REGISTERED;
	}

	@GetMapping("/registreren/bevestigen")
	String verify(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("verified", this.management.verify(token));
		return VERIFIED;
	}

	@GetMapping("/account")
	String overview(@AuthenticationPrincipal AccountPrincipal principal,
			@RequestParam(name = "naam", required = false) String name, Model model) {
		Account account = this.management.account(principal.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String search = Parameters.text(name);
		List<Organisation> candidates = (search == null) ? List.of()
				: this.organisations
					.organisations(new OrganisationFilter(null, null, null, search),
							PageRequest.of(0, 20, Sort.by("name")))
					.getContent();
		model.addAttribute("view",
				new AccountView(account,
						(account.getOrganisationId() != null)
								? this.organisations.organisation(account.getOrganisationId()).orElse(null) : null,
						search, candidates));
		return OVERVIEW;
	}

	@PostMapping("/account/organisatie")
	String requestMembership(@AuthenticationPrincipal AccountPrincipal principal,
			@RequestParam("organisatie") long organisationId, HttpServletRequest request, RedirectAttributes redirect) {
		if (this.organisations.organisation(organisationId).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		Account account = this.management.account(principal.id()).orElseThrow();
		if (account.getMembership() == Membership.APPROVED) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		this.management.requestMembership(principal.id(), organisationId, locale(request));
		Flash.message(redirect, "account.membership.requested");
		return "redirect:/account";
	}

	@GetMapping(path = "/account/mijn-gegevens", produces = "application/json")
	org.springframework.http.ResponseEntity<Map<String, Object>> download(
			@AuthenticationPrincipal AccountPrincipal principal) {
		return org.springframework.http.ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"lokaal-circulair-mijn-gegevens.json\"")
			.cacheControl(org.springframework.http.CacheControl.noStore())
			.body(this.management.personalData(principal.id()));
	}

	@PostMapping("/account/verwijderen")
	String erase(@AuthenticationPrincipal AccountPrincipal principal,
			@RequestParam(name = "bevestiging", required = false) String confirmation, HttpServletRequest request,
			RedirectAttributes redirect) throws jakarta.servlet.ServletException {
		if (!"ja".equals(confirmation)) {
			Flash.message(redirect, "account.erase.confirm-needed");
			return "redirect:/account";
		}
		this.management.erase(principal.id());
		request.logout();
		return "redirect:/?verwijderd";
	}

	@PostMapping("/account/afmelden-overal")
	String endAllSessions(@AuthenticationPrincipal AccountPrincipal principal) {
		this.management.endAllSessions(principal.id());
		return "redirect:/aanmelden?afgemeld";
	}

	private static Locale locale(HttpServletRequest request) {
		return Languages.supported(RequestContextUtils.getLocale(request));
	}

}
