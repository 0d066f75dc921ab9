package be.lokaalcirculair.network;

import java.io.IOException;
import java.util.Map;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.shared.web.Flash;
import be.lokaalcirculair.shared.web.FormErrors;

/**
 * The two levels of the network: the overview {@code /netwerk}, each level's page, and
 * what an organisation's coordinator does there (join, ask to join, leave) and what any
 * signed-in person does (agree to be named on the member list, or no longer).
 */
@Controller
class LevelController {

	static final String OVERVIEW = "network/level-overview", PAGE = "network/level-page";

	private final LevelPages pages;

	private final LevelManagement management;

	LevelController(LevelPages pages, LevelManagement management) {
		this.pages = pages;
		this.management = management;
	}

	/** The level with this code in the address; 404 for any other. */
	static NetworkLevel level(String code) {
		return NetworkLevel.fromCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping("/netwerk")
	String overview(Model model) {
		model.addAttribute("counts", this.pages.memberCounts());
		return OVERVIEW;
	}

	@GetMapping("/netwerk/{level}")
	String page(@PathVariable String level, @AuthenticationPrincipal AccountPrincipal person, Model model) {
		model.addAttribute("view", this.pages.page(level(level), person));
		return PAGE;
	}

	@PostMapping("/netwerk/{level}/deelnemen")
	String join(@PathVariable String level, @AuthenticationPrincipal AccountPrincipal person,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		NetworkLevel chosen = level(level);
		try {
			this.management.join(person, chosen);
		}
		catch (LevelRefused refused) {
			return refused(chosen, person, "", FormErrors.none(), refused.messageKey(), HttpStatus.CONFLICT, response,
					model);
		}
		Flash.message(redirect, "network.levels.joined");
		return "redirect:" + chosen.url();
	}

	@PostMapping("/netwerk/{level}/aanvragen")
	String request(@PathVariable String level, @Valid @ModelAttribute("form") LevelRequestForm form,
			BindingResult result, @AuthenticationPrincipal AccountPrincipal person, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		NetworkLevel chosen = level(level);
		// who may not ask learns nothing about the form
		LevelManagement.coordinatedOrganisation(person);
		if (result.hasErrors()) {
			return refused(chosen, person, form.motivation(), FormErrors.of(result, Map.of()), null,
					HttpStatus.BAD_REQUEST, response, model);
		}
		try {
			this.management.request(person, chosen, form.motivation());
		}
		catch (LevelRefused refused) {
			return refused(chosen, person, form.motivation(), FormErrors.none(), refused.messageKey(),
					HttpStatus.CONFLICT, response, model);
		}
		Flash.message(redirect, "network.levels.requested");
		return "redirect:" + chosen.url();
	}

	@PostMapping("/netwerk/{level}/verlaten")
	String leave(@PathVariable String level, @AuthenticationPrincipal AccountPrincipal person,
			RedirectAttributes redirect) {
		NetworkLevel chosen = level(level);
		this.management.leave(person, chosen);
		Flash.message(redirect, "network.levels.left");
		return "redirect:" + chosen.url();
	}

	@PostMapping("/netwerk/{level}/toestemming")
	String consent(@PathVariable String level, @RequestParam(name = "toon", required = false) String show,
			@AuthenticationPrincipal AccountPrincipal person, RedirectAttributes redirect) {
		NetworkLevel chosen = level(level);
		boolean shown = "ja".equals(show);
		this.management.consent(person.id(), chosen, shown);
		Flash.message(redirect, shown ? "network.levels.consent.given" : "network.levels.consent.revoked");
		return "redirect:" + chosen.url() + "#toestemming";
	}

	/** Only an organisation's coordinators act for it: anyone else gets 403. */
	@ExceptionHandler(SecurityException.class)
	void forbidden(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

	/** The level's page again, with the reason and the right status; nothing changed. */
	private String refused(NetworkLevel level, AccountPrincipal person, String motivation, FormErrors errors,
			String problem, HttpStatus status, HttpServletResponse response, Model model) {
		response.setStatus(status.value());
		model.addAttribute("view", this.pages.page(level, person).withForm(motivation, errors, problem));
		return PAGE;
	}

}
