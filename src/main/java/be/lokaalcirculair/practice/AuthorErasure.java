package be.lokaalcirculair.practice;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import be.lokaalcirculair.account.AccountErased;

/**
 * When an account is erased, its fiches stay with the organisation but no longer name
 * their author.
 */
@Component
class AuthorErasure {

	private final PracticeRepository practices;

	AuthorErasure(PracticeRepository practices) {
		this.practices = practices;
	}

	@ApplicationModuleListener
	void on(AccountErased event) {
		this.practices.forgetAuthor(event.accountId());
	}

}
