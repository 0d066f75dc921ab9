package be.lokaalcirculair.account;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

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

import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.shared.web.Flash;
import be.lokaalcirculair.shared.web.Languages;

/**
 * Deciding on requests to join an organisation: editors decide on all, coordinators on
 * their own organisation's.
 */
@Controller
class MembershipController {

	static final String VIEW = "account/memberships";

	private final AccountManagement management;

	private final Organisations organisations;

	MembershipController(AccountManagement management, Organisations organisations) {
		this.management = management;
		this.organisations = organisations;
	}

	@GetMapping("/beheer/lidmaatschappen")
	String requests(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
		if (!principal.isEditor() && !principal.isCoordinator()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		List<Account> open = this.management.openRequests(principal);
		Map<Long, Organisation> names = this.organisations
			.organisations(open.stream().map(Account::getOrganisationId).distinct().toList())
			.values()
			.stream()
			.collect(Collectors.toMap(Organisation::getId, Function.identity()));
		model.addAttribute("view", new MembershipsView(open, names));
		return VIEW;
	}

	@PostMapping("/beheer/lidmaatschappen/{accountId}")
	String decide(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long accountId,
			@RequestParam("besluit") String decision, HttpServletRequest request, RedirectAttributes redirect) {
		if (!principal.isEditor() && !principal.isCoordinator()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		boolean approve = switch (decision) {
			case "goedkeuren" -> true;
			case "weigeren" -> false;
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		};
		try {
			this.management.decideMembership(principal, accountId, approve,
					Languages.supported(RequestContextUtils.getLocale(request)));
		}
		catch (SecurityException ex) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		catch (IllegalStateException | java.util.NoSuchElementException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Flash.message(redirect, approve ? "account.membership.approved" : "account.membership.rejected");
		return "redirect:/beheer/lidmaatschappen";
	}

}
