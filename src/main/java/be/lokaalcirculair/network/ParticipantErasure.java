package be.lokaalcirculair.network;

import java.time.Instant;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import be.lokaalcirculair.account.AccountErased;
import be.lokaalcirculair.network.Registration.Status;

/**
 * When an account is erased its registrations go (the database already removes them with
 * the account) and the seats they held go to those first in line, who get a mail. Every
 * upcoming event with a waiting list is filled up, so the outcome is the same however
 * often the event is delivered.
 */
@Component
class ParticipantErasure {

	private final NetworkEventRepository events;

	private final RegistrationRepository registrations;

	private final RegistrationManagement management;

	private final TransactionTemplate transactions;

	ParticipantErasure(NetworkEventRepository events, RegistrationRepository registrations,
			RegistrationManagement management, TransactionTemplate transactions) {
		this.events = events;
		this.registrations = registrations;
		this.management = management;
		this.transactions = transactions;
	}

	@ApplicationModuleListener
	void on(AccountErased erased) {
		this.registrations.deleteByAccount(erased.accountId());
		for (long eventId : this.registrations.eventsWithQueue(Status.WAITING, Instant.now())) {
			RegistrationManagement.retried(() -> this.transactions.execute((tx) -> {
				this.events.lockById(eventId).ifPresent(this.management::promoteFirst);
				return eventId;
			}));
		}
	}

}
