package be.lokaalcirculair.practice;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;

import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.shared.web.Languages;
import be.lokaalcirculair.shared.web.Pager;
import be.lokaalcirculair.shared.web.Parameters;
import be.lokaalcirculair.shared.web.QueryLinks;

/**
 * The revision history of a fiche and the comparison of two of its versions, for those
 * who may see the fiche in any state: its organisation's members and the editors. Anyone
 * else gets 404, as for the fiche itself.
 */
@Controller
class PracticeHistoryController {

	static final String HISTORY = "practice/history", COMPARE = "practice/compare";

	private final PracticeManagement management;

	private final PracticeHistory history;

	private final RevisionLabels labels;

	PracticeHistoryController(PracticeManagement management, PracticeHistory history, RevisionLabels labels) {
		this.management = management;
		this.history = history;
		this.labels = labels;
	}

	static String url(long practiceId) {
		return "/mijn-praktijken/" + practiceId + "/geschiedenis";
	}

	@GetMapping("/mijn-praktijken/{id}/geschiedenis")
	String history(@AuthenticationPrincipal AccountPrincipal person, @PathVariable long id,
			@RequestParam(name = QueryLinks.PAGE, required = false) String page, HttpServletRequest request,
			Model model) {
		Practice practice = visible(person, id);
		int number = Parameters.pageNumber(page);
		int last = this.history.lastNumber(id);
		if (number > 1 && (long) (number - 1) * PracticeHistory.PAGE_SIZE >= last) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Page<RevisionInfo> revisions = this.history.list(id, number - 1);
		model.addAttribute("practice", practice);
		model.addAttribute("revisions", revisions.getContent());
		model.addAttribute("last", last);
		model.addAttribute("pager", Pager.of(revisions, QueryLinks.of(request)));
		return HISTORY;
	}

	/** Two versions side by side: only the fields that changed, word by word. */
	@GetMapping("/mijn-praktijken/{id}/geschiedenis/vergelijken")
	String compare(@AuthenticationPrincipal AccountPrincipal person, @PathVariable long id,
			@RequestParam("van") String from, @RequestParam("naar") String to, HttpServletRequest request,
			Model model) {
		Practice practice = visible(person, id);
		PracticeHistory.Revision older = revision(id, from);
		PracticeHistory.Revision newer = revision(id, to);
		var locale = Languages.supported(RequestContextUtils.getLocale(request));
		List<RevisionDiff.FieldDiff> changes = RevisionDiff.between(this.labels.readable(older.snapshot(), locale),
				this.labels.readable(newer.snapshot(), locale));
		model.addAttribute("practice", practice);
		model.addAttribute("older", older.info());
		model.addAttribute("newer", newer.info());
		model.addAttribute("changes", changes);
		model.addAttribute("last", this.history.lastNumber(id));
		return COMPARE;
	}

	private Practice visible(AccountPrincipal person, long id) {
		return this.management.visibleTo(person, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * A revision by its number within the fiche: 400 when not a number, 404 when none.
	 */
	private PracticeHistory.Revision revision(long practiceId, String number) {
		String text = Parameters.text(number);
		if (text == null || !text.matches("[1-9]\\d{0,8}")) {
			throw Parameters.badRequest();
		}
		return this.history.revision(practiceId, Integer.parseInt(text))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
