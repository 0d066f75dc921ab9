package be.lokaalcirculair.account;

import java.time.Duration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;

import be.lokaalcirculair.shared.web.FormErrors;
import be.lokaalcirculair.shared.web.Languages;
import be.lokaalcirculair.shared.web.RateLimit;

/** Forgotten passwords: a link by mail, valid for an hour, to choose a new one. */
@Controller
class PasswordController {

	static final String FORGOTTEN = "account/password-forgotten", SENT = "account/password-sent",
			RESET = "account/password-reset";

	static final int PER_HOUR = 5;

	private final AccountManagement management;

	private final RateLimit requests = new RateLimit(Duration.ofHours(1));

	PasswordController(AccountManagement management) {
		this.management = management;
	}

	@GetMapping("/wachtwoord-vergeten")
	String forgotten() {
		return FORGOTTEN;
	}

	@PostMapping("/wachtwoord-vergeten")
	String requestReset(@RequestParam(name = "email", required = false) String email, HttpServletRequest request) {
		String address = request.getRemoteAddr();
		if (this.requests.count(address) >= PER_HOUR) {
			throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
		}
		this.requests.record(address);
		this.management.requestPasswordReset(email, Languages.supported(RequestContextUtils.getLocale(request)));
		return "redirect:/wachtwoord-vergeten/verstuurd";
	}

	@GetMapping("/wachtwoord-vergeten/verstuurd")
	String sent() {
		return SENT;
	}

	@GetMapping("/wachtwoord-herstellen")
	String resetForm(@RequestParam(name = "token", required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("usable", this.management.isResetTokenUsable(token));
		model.addAttribute("errors", FormErrors.none());
		return RESET;
	}

	@PostMapping("/wachtwoord-herstellen")
	String reset(@Valid @ModelAttribute("form") PasswordResetForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("token", form.token());
			model.addAttribute("usable", this.management.isResetTokenUsable(form.token()));
			model.addAttribute("errors", FormErrors.of(result, Map.of("passwordRepeated", "passwordRepeat")));
			return RESET;
		}
		if (!this.management.resetPassword(form.token(), form.password())) {
			model.addAttribute("token", form.token());
			model.addAttribute("usable", false);
			model.addAttribute("errors", FormErrors.none());
			return RESET;
		}
		return "redirect:/aanmelden?hersteld";
	}

}
