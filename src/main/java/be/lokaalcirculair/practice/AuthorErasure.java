package be.lokaalcirculair.practice;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import be.lokaalcirculair.account.AccountErased;

/**
 * When an account is erased, its fiches stay with the organisation but no longer name
 * their author, the fiches it reviews no longer name their reviewer, and the revision
 * history no longer says who made a version.
 */
@Component
class AuthorErasure {

	private final PracticeRepository practices;

	private final PracticeHistory history;

	AuthorErasure(PracticeRepository practices, PracticeHistory history) {
		this.practices = practices;
		this.history = history;
	}

	@ApplicationModuleListener
	void on(AccountErased event) {
		this.practices.forgetAuthor(event.accountId());
		this.practices.forgetReviewer(event.accountId());
		this.history.forgetActor(event.accountId());
	}

}
