package be.lokaalcirculair.network;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import be.lokaalcirculair.account.AccountErased;

/**
 * When an account is erased, its consents to be named on member lists go, and the
 * requests to join a level no longer say who asked or decided (the organisation keeps its
 * membership and its requests).
 */
@Component
class LevelErasure {

	private final LevelConsentRepository consents;

	private final LevelRequestRepository requests;

	LevelErasure(LevelConsentRepository consents, LevelRequestRepository requests) {
		this.consents = consents;
		this.requests = requests;
	}

	@ApplicationModuleListener
	void on(AccountErased event) {
		this.consents.removeAll(event.accountId());
		this.requests.forgetRequester(event.accountId());
		this.requests.forgetDecider(event.accountId());
	}

}
