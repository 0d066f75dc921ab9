package be.lokaalcirculair.network;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.shared.web.Flash;
import be.lokaalcirculair.shared.web.Parameters;

/**
 * The editors' page of the network's levels ({@code /beheer/netwerk}, editors and admins
 * only by the URL rule): decide on requests to join the deepening network, see the
 * members per level, remove an organisation from a level after a confirmation.
 */
@Controller
class LevelEditorController {

	static final String BASE = "/beheer/netwerk";

	static final String ADMIN = "network/level-admin", REMOVE = "network/level-remove";

	private final LevelPages pages;

	private final LevelManagement management;

	LevelEditorController(LevelPages pages, LevelManagement management) {
		this.pages = pages;
		this.management = management;
	}

	@GetMapping(BASE)
	String admin(Model model) {
		model.addAttribute("view", view(null));
		return ADMIN;
	}

	@PostMapping(BASE + "/aanvragen/{id}")
	String decide(@PathVariable long id, @RequestParam(name = "besluit", required = false) String decision,
			@RequestParam(name = "reden", required = false) String reason,
			@AuthenticationPrincipal AccountPrincipal editor, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		if ((!"goedkeuren".equals(decision) && !"weigeren".equals(decision))
				|| (reason != null && reason.length() > LevelRequest.REASON_MAX)) {
			throw Parameters.badRequest();
		}
		boolean approved = "goedkeuren".equals(decision);
		try {
			this.management.decide(editor, id, approved, reason);
		}
		catch (LevelRefused refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("view", view(refused.messageKey()));
			return ADMIN;
		}
		Flash.message(redirect, approved ? "network.levels.admin.approved" : "network.levels.admin.refused");
		return "redirect:" + BASE;
	}

	@GetMapping(BASE + "/{level}/leden/{organisationId}/verwijderen")
	String confirmRemoval(@PathVariable String level, @PathVariable long organisationId, Model model) {
		NetworkLevel chosen = LevelController.level(level);
		model.addAttribute("level", chosen);
		model.addAttribute("organisation", member(chosen, organisationId));
		return REMOVE;
	}

	@PostMapping(BASE + "/{level}/leden/{organisationId}/verwijderen")
	String remove(@PathVariable String level, @PathVariable long organisationId, RedirectAttributes redirect) {
		NetworkLevel chosen = LevelController.level(level);
		member(chosen, organisationId);
		this.management.remove(chosen, organisationId);
		Flash.message(redirect, "network.levels.admin.removed");
		return "redirect:" + BASE;
	}

	@ExceptionHandler(NoSuchElementException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/** The member organisation of the level; 404 when it is none. */
	private Organisation member(NetworkLevel level, long organisationId) {
		return this.pages.members(level, false)
			.stream()
			.map(LevelMember::organisation)
			.filter((organisation) -> organisation.getId() == organisationId)
			.findFirst()
			.orElseThrow();
	}

	private LevelAdminView view(String problem) {
		List<LevelAdminView.PendingRequest> requests = this.pages.pendingRequests()
			.stream()
			.map((request) -> new LevelAdminView.PendingRequest(request,
					this.pages.organisation(request.getOrganisationId()).map(Organisation::getName).orElse(""),
					this.pages.accountName(request.getRequesterAccountId())))
			.toList();
		Map<NetworkLevel, List<LevelMember>> members = new EnumMap<>(NetworkLevel.class);
		for (NetworkLevel level : NetworkLevel.values()) {
			members.put(level, this.pages.members(level, false));
		}
		return new LevelAdminView(requests, members, problem);
	}

}
