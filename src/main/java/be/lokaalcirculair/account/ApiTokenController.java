package be.lokaalcirculair.account;

import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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

import be.lokaalcirculair.shared.web.Flash;
import be.lokaalcirculair.shared.web.FormErrors;

/**
 * The page where editors make, see and revoke their personal API tokens. A new token is
 * shown once, on the page the creation redirects to; after that only its name and dates.
 */
@Controller
class ApiTokenController {

	static final String VIEW = "account/api-tokens", REVOKE_VIEW = "account/api-token-revoke";

	private static final String PATH = ApiTokensView.PATH, NEW_TOKEN = "newApiToken";

	private final ApiTokens tokens;

	ApiTokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping(PATH)
	String page(@AuthenticationPrincipal AccountPrincipal person, Model model) {
		String created = (model.getAttribute(NEW_TOKEN) instanceof String token) ? token : null;
		return page(person, ApiTokenForm.empty(), FormErrors.none(), created, model);
	}

	@PostMapping(PATH)
	String create(@AuthenticationPrincipal AccountPrincipal person, @Valid @ModelAttribute("form") ApiTokenForm form,
			BindingResult result, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		requireEditor(person);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(person, form, FormErrors.of(result, Map.of()), null, model);
		}
		redirect.addFlashAttribute(NEW_TOKEN, this.tokens.create(person, form));
		Flash.message(redirect, "apitoken.created");
		return "redirect:" + PATH;
	}

	@GetMapping(PATH + "/{id}/intrekken")
	String confirmRevoke(@AuthenticationPrincipal AccountPrincipal person, @PathVariable long id, Model model) {
		requireEditor(person);
		model.addAttribute("token", this.tokens.own(person, id));
		return REVOKE_VIEW;
	}

	@PostMapping(PATH + "/{id}/intrekken")
	String revoke(@AuthenticationPrincipal AccountPrincipal person, @PathVariable long id,
			RedirectAttributes redirect) {
		requireEditor(person);
		this.tokens.revoke(person, id);
		Flash.message(redirect, "apitoken.revoked");
		return "redirect:" + PATH;
	}

	private String page(AccountPrincipal person, ApiTokenForm form, FormErrors errors, String created, Model model) {
		requireEditor(person);
		model.addAttribute("view", new ApiTokensView(this.tokens.of(person), form, errors, created));
		return VIEW;
	}

	/** Tokens are for the write API, which only editors may use. */
	private static void requireEditor(AccountPrincipal person) {
		if (!person.isEditor()) {
			throw new SecurityException("API tokens are for editors");
		}
	}

	/** Another's token, or none: 404. */
	@ExceptionHandler(NoSuchElementException.class)
	void notFound(HttpServletResponse response) throws java.io.IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/** Not an editor: 403. */
	@ExceptionHandler(SecurityException.class)
	void forbidden(HttpServletResponse response) throws java.io.IOException {
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

}
