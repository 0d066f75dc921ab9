package be.lokaalcirculair.practice;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.shared.web.FormErrors;

/**
 * The page of a fiche as its organisation and the editors see it in any state, with what
 * they may do to it; shown again with the errors of a refused decision.
 */
@Component
class FichePage {

	private final PracticeManagement management;

	private final PracticeViews views;

	FichePage(PracticeManagement management, PracticeViews views) {
		this.management = management;
		this.views = views;
	}

	/**
	 * Fills the model; 404 for a fiche that does not exist or that the person may not
	 * see.
	 * @param decisionErrors why an editor's decision was refused, or none
	 * @param comment the comment the editor typed, kept for another try
	 */
	String show(AccountPrincipal person, long id, Model model, FormErrors decisionErrors, String comment) {
		Practice practice = this.management.visibleTo(person, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("view", this.views.of(practice, person, false));
		model.addAttribute("preview", true);
		model.addAttribute("editable", PracticeManagement.mayEdit(person, practice));
		model.addAttribute("reviewingMine", Long.valueOf(person.id()).equals(practice.getReviewerAccountId()));
		model.addAttribute("decisionErrors", decisionErrors);
		model.addAttribute("comment", (comment != null) ? comment : "");
		return PracticeController.DETAIL_VIEW;
	}

}
