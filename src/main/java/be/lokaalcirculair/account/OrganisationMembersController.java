package be.lokaalcirculair.account;

import java.util.Locale;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import be.lokaalcirculair.shared.web.Flash;
import be.lokaalcirculair.shared.web.Languages;

/**
 * The page where an organisation's coordinators (and the network's editors and admins)
 * see its members and make them coordinator, or no longer, or remove them after a
 * confirmation. Rights are checked per organisation and per member by
 * {@link OrganisationMembers}.
 */
@Controller
class OrganisationMembersController {

	static final String MEMBERS = "account/members", REMOVE = "account/member-remove";

	static final String BASE = "/beheer/organisaties/{organisationId}/leden";

	private final OrganisationMembers members;

	OrganisationMembersController(OrganisationMembers members) {
		this.members = members;
	}

	@GetMapping(BASE)
	String members(@AuthenticationPrincipal AccountPrincipal person, @PathVariable long organisationId, Model model) {
		return page(person, organisationId, null, model);
	}

	@PostMapping(BASE + "/{accountId}/coordinator")
	String coordinator(@AuthenticationPrincipal AccountPrincipal person, @PathVariable long organisationId,
			@PathVariable long accountId, @RequestParam("rol") String role, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		boolean coordinator = switch (role) {
			case "coordinator" -> true;
			case "lid" -> false;
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		};
		try {
			this.members.setCoordinator(person, organisationId, accountId, coordinator, locale(request));
		}
		catch (OrganisationMembers.LastCoordinatorException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(person, organisationId, "members.last-coordinator", model);
		}
		Flash.message(redirect, coordinator ? "members.promoted" : "members.demoted");
		return afterwards(person, organisationId);
	}

	@GetMapping(BASE + "/{accountId}/verwijderen")
	String confirmRemoval(@AuthenticationPrincipal AccountPrincipal person, @PathVariable long organisationId,
			@PathVariable long accountId, Model model) {
		Account member = this.members.member(person, organisationId, accountId);
		model.addAttribute("view", new MemberRemovalView(this.members.managed(person, organisationId), member,
				member.getId() == person.id(), this.members.isLastCoordinator(person, member)));
		return REMOVE;
	}

	@PostMapping(BASE + "/{accountId}/verwijderen")
	String remove(@AuthenticationPrincipal AccountPrincipal person, @PathVariable long organisationId,
			@PathVariable long accountId, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			this.members.remove(person, organisationId, accountId, locale(request));
		}
		catch (OrganisationMembers.LastCoordinatorException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(person, organisationId, "members.last-coordinator", model);
		}
		Flash.message(redirect, "members.removed");
		return afterwards(person, organisationId);
	}

	private String page(AccountPrincipal person, long organisationId, String problem, Model model) {
		model.addAttribute("view", new MembersView(this.members.managed(person, organisationId),
				this.members.members(person, organisationId), person.id(), problem));
		return MEMBERS;
	}

	/**
	 * Back to the members page, or to one's own account for a coordinator who just
	 * stepped down or left.
	 */
	private String afterwards(AccountPrincipal person, long organisationId) {
		return this.members.mayManage(person, organisationId)
				? "redirect:" + BASE.replace("{organisationId}", String.valueOf(organisationId)) : "redirect:/account";
	}

	private static Locale locale(HttpServletRequest request) {
		return Languages.supported(RequestContextUtils.getLocale(request));
	}

	/** No such organisation, or no such member of it: 404. */
	@ExceptionHandler(NoSuchElementException.class)
	void notFound(HttpServletResponse response) throws java.io.IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/** Another organisation's people: 403. */
	@ExceptionHandler(SecurityException.class)
	void forbidden(HttpServletResponse response) throws java.io.IOException {
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

}
