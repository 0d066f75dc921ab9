package be.lokaalcirculair.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
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
import org.springframework.web.servlet.support.RequestContextUtils;

import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.organisation.Organisation;
import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.shared.taxonomy.Theme;
import be.lokaalcirculair.shared.web.Flash;
import be.lokaalcirculair.shared.web.FormErrors;
import be.lokaalcirculair.shared.web.Languages;
import be.lokaalcirculair.shared.web.Pager;
import be.lokaalcirculair.shared.web.Parameters;
import be.lokaalcirculair.shared.web.QueryLinks;

/** The editors' moderation queue and their decisions on fiches. */
@Controller
class ModerationController {

	static final String VIEW = "practice/moderation";

	static final int COMMENT_MAX = 2000, PAGE_SIZE = 20;

	private final PracticeModeration moderation;

	private final ModerationQueue queue;

	private final PracticeCards cards;

	private final Organisations organisations;

	private final FichePage fichePage;

	private final MessageSource messages;

	ModerationController(PracticeModeration moderation, ModerationQueue queue, PracticeCards cards,
			Organisations organisations, FichePage fichePage, MessageSource messages) {
		this.moderation = moderation;
		this.queue = queue;
		this.cards = cards;
		this.organisations = organisations;
		this.fichePage = fichePage;
		this.messages = messages;
	}

	@GetMapping("/beheer/moderatie")
	String queue(@AuthenticationPrincipal AccountPrincipal editor,
			@RequestParam(name = QueryLinks.PAGE, required = false) String page, HttpServletRequest request,
			Model model) {
		List<String> unknown = new ArrayList<>();
		QueueParameters parameters = QueueParameters.read(request, editor.id(), this.organisations, unknown);
		Page<Practice> found = this.queue.find(parameters.filter(), Parameters.pageNumber(page) - 1, PAGE_SIZE);
		QueryLinks links = QueryLinks.of(request);
		Instant now = Instant.now();
		List<ModerationQueueView.Row> rows = this.cards.of(found.getContent())
			.stream()
			.map((card) -> ModerationQueueView.Row.of(card, now))
			.toList();
		model.addAttribute("view",
				new ModerationQueueView(rows, found.getTotalElements(), Pager.of(found, links),
						states(parameters, links), parameters.state(), List.of(Theme.values()), parameters.theme(),
						leadOrganisations(), parameters.organisation(), parameters.filter().reviewerId() != null,
						parameters.filter().newestFirst(), unknown));
		return VIEW;
	}

	/**
	 * An editor's step: take into review, publish, request changes, reject or archive. A
	 * missing or over-long comment shows the fiche again with the error (400); a step the
	 * fiche's state does not allow shows it again with why (409); nothing changes then.
	 */
	@PostMapping("/beheer/moderatie/{id}")
	String decide(@AuthenticationPrincipal AccountPrincipal editor, @PathVariable long id,
			@RequestParam("besluit") String decision,
			@RequestParam(name = "opmerking", required = false) String comment, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (!editor.isEditor()) {
			throw new SecurityException("Only editors moderate");
		}
		Decision step = Decision.of(decision).orElseThrow(Parameters::badRequest);
		String note = (comment == null || comment.isBlank()) ? null : comment.strip();
		Locale locale = Languages.supported(RequestContextUtils.getLocale(request));
		ModerationState current = this.moderation.stateOf(editor, id);
		if (!step.allowedIn(current)) {
			return conflict(editor, id, current, comment, locale, model, response);
		}
		String problem = (note != null && note.length() > COMMENT_MAX) ? "practice.moderation.comment-too-long"
				: (note == null && step.needsComment()) ? "practice.moderation.comment-required" : null;
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return this.fichePage.show(editor, id, model, new FormErrors(
					Map.of("opmerking", List.of(this.messages.getMessage(problem, null, locale))), List.of()), comment);
		}
		try {
			step.apply(this.moderation, editor, id, note, locale);
		}
		catch (ModerationConflict conflict) {
			return conflict(editor, id, conflict.state(), comment, locale, model, response);
		}
		Flash.message(redirect, "practice.moderation.done." + decision);
		return (step == Decision.REVIEW) ? "redirect:/mijn-praktijken/" + id : "redirect:/beheer/moderatie";
	}

	/** The fiche again, with why the step is not possible now (409). */
	private String conflict(AccountPrincipal editor, long id, ModerationState state, String comment, Locale locale,
			Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		String why = this.messages.getMessage("practice.conflict." + state.name().toLowerCase(Locale.ROOT), null,
				locale);
		return this.fichePage.show(editor, id, model, new FormErrors(Map.of(), List.of(why)), comment);
	}

	private List<ModerationQueueView.StateCount> states(QueueParameters parameters, QueryLinks links) {
		Map<ModerationState, Long> counts = this.queue.countsPerState(parameters.filter());
		String selected = parameters.state();
		List<ModerationQueueView.StateCount> states = new ArrayList<>();
		states.add(ModerationQueueView.StateCount.of(ModerationQueueView.OPEN, "practice.queue.state.open",
				counts.get(ModerationState.SUBMITTED) + counts.get(ModerationState.IN_REVIEW), links, selected));
		counts.forEach((state, count) -> states
			.add(ModerationQueueView.StateCount.of(state.code(), state.messageKey(), count, links, selected)));
		states.add(ModerationQueueView.StateCount.of(ModerationQueueView.ALL, "practice.queue.state.all",
				counts.values().stream().mapToLong(Long::longValue).sum(), links, selected));
		return states;
	}

	private List<Organisation> leadOrganisations() {
		return this.organisations.organisations(this.queue.organisationIds())
			.values()
			.stream()
			.sorted(Comparator.comparing(Organisation::getName))
			.toList();
	}

	/** A fiche that does not exist: 404. */
	@ExceptionHandler(NoSuchElementException.class)
	void notFound(HttpServletResponse response) throws java.io.IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/**
	 * Two editors changed the fiche at the same moment: the later one changed nothing
	 * (409).
	 */
	@ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
	void concurrentChange(HttpServletResponse response) throws java.io.IOException {
		response.sendError(HttpStatus.CONFLICT.value());
	}

	/** Someone who may not moderate: 403. */
	@ExceptionHandler(SecurityException.class)
	void forbidden(HttpServletResponse response) throws java.io.IOException {
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

}
