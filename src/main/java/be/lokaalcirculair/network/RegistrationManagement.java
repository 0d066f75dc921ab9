package be.lokaalcirculair.network;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import be.lokaalcirculair.network.Registration.Status;

/**
 * Registrations for events: a seat while there is one, else the waiting list; a cancelled
 * seat goes to the first in line, who gets a mail. Every change for one event first locks
 * that event's row ({@link NetworkEventRepository#lockById}), so that simultaneous
 * registrations are counted one after the other and never overbook (QUALITY.md S17). A
 * transaction that waited too long for the lock is tried again.
 */
@Service
public class RegistrationManagement {

	/** How often a change is tried when the event's row stays locked too long. */
	static final int ATTEMPTS = 5;

	private final NetworkEventRepository events;

	private final RegistrationRepository registrations;

	private final RegistrationMails mails;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RegistrationManagement(NetworkEventRepository events, RegistrationRepository registrations, RegistrationMails mails,
			TransactionTemplate transactions) {
		this.events = events;
		this.registrations = registrations;
		this.mails = mails;
		this.transactions = transactions;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Registers a person for an event.
	 * @param eventId the event
	 * @param person who registers
	 * @return {@code CONFIRMED} with a seat, {@code WAITING} on the waiting list
	 * @throws EventNotFound when there is no such event
	 * @throws RegistrationRefused when the event is cancelled, past or closed, or the
	 * person is already registered; nothing is changed
	 */
	public Status register(long eventId, Participant person) {
		return retried(() -> this.transactions.execute((tx) -> registerLocked(eventId, person)));
	}

	/**
	 * Cancels a person's own registration; a freed seat goes to the first on the waiting
	 * list.
	 * @throws RegistrationRefused when the person has no registration to cancel
	 */
	public void cancel(long eventId, long accountId) {
		retried(() -> this.transactions.execute((tx) -> {
			NetworkEvent event = this.events.lockById(eventId).orElseThrow(EventNotFound::new);
			Registration registration = this.registrations.findByEventIdAndAccountId(eventId, accountId)
				.filter(Registration::isActive)
				.orElseThrow(() -> new RegistrationRefused("network.cancel.none"));
			return cancelLocked(event, registration);
		}));
	}

	/**
	 * Cancels the registration of a cancellation link.
	 * @return the event, or empty when the link is unknown or already used
	 */
	public Optional<NetworkEvent> cancelByToken(String token) {
		return retried(() -> this.transactions.execute((tx) -> {
			Optional<Registration> found = this.registrations.findByTokenHash(Tokens.hash(token))
				.filter(Registration::isActive);
			if (found.isEmpty()) {
				return Optional.<NetworkEvent>empty();
			}
			NetworkEvent event = this.events.lockById(found.get().getEventId()).orElseThrow(EventNotFound::new);
			// read again under the lock: it may have changed while we waited
			Registration registration = this.registrations.findById(found.get().getId())
				.filter(Registration::isActive)
				.orElse(null);
			return (registration != null) ? Optional.of(cancelLocked(event, registration))
					: Optional.<NetworkEvent>empty();
		}));
	}

	/** The person's registration for an event, if any (also a cancelled one). */
	public Optional<Registration> of(long eventId, long accountId) {
		return this.registrations.findByEventIdAndAccountId(eventId, accountId);
	}

	/** How many seats are taken. */
	public long confirmed(long eventId) {
		return this.registrations.countByEventIdAndStatus(eventId, Status.CONFIRMED);
	}

	/** How many wait for a seat. */
	public long waiting(long eventId) {
		return this.registrations.countByEventIdAndStatus(eventId, Status.WAITING);
	}

	/** Everyone registered and not cancelled: confirmed first, each in order. */
	public List<Registration> participants(long eventId) {
		return this.registrations.findByEventIdAndStatusInOrderByStatusAscQueuedAtAscIdAsc(eventId,
				List.of(Status.CONFIRMED, Status.WAITING));
	}

	private Status registerLocked(long eventId, Participant person) {
		NetworkEvent event = this.events.lockById(eventId).orElseThrow(EventNotFound::new);
		checkOpen(event);
		Registration registration = this.registrations.findByEventIdAndAccountId(eventId, person.accountId())
			.orElseGet(() -> new Registration(eventId, person.accountId(), person.email(), person.name()));
		if (registration.getId() != null && registration.isActive()) {
			throw new RegistrationRefused("network.register.twice");
		}
		registration.organisation(person.organisationId(), null);
		return take(event, registration);
	}

	/**
	 * Refuses a registration for a cancelled, begun or closed event.
	 * @throws RegistrationRefused saying why
	 */
	void checkOpen(NetworkEvent event) {
		Instant now = this.clock.instant();
		if (event.isCancelled()) {
			throw new RegistrationRefused("network.register.cancelled");
		}
		if (!now.isBefore(event.getStartsAt())) {
			throw new RegistrationRefused("network.register.past");
		}
		if (!now.isBefore(event.getRegistrationDeadline())) {
			throw new RegistrationRefused("network.register.closed");
		}
	}

	/**
	 * A seat while there is one, else the back of the waiting list, with the mail that
	 * says which. Only under the event's lock, so that the seats are counted one at a
	 * time.
	 */
	Status take(NetworkEvent event, Registration registration) {
		boolean seat = this.registrations.countByEventIdAndStatus(event.getId(), Status.CONFIRMED) < event
			.getCapacity();
		String token = Tokens.random();
		registration.queue(seat ? Status.CONFIRMED : Status.WAITING, Tokens.hash(token));
		this.registrations.save(registration);
		if (seat) {
			this.mails.seat("confirmed", registration, event, token);
		}
		else {
			this.mails.waiting(registration, event, token);
		}
		return registration.getStatus();
	}

	private NetworkEvent cancelLocked(NetworkEvent event, Registration registration) {
		boolean hadSeat = registration.getStatus() == Status.CONFIRMED;
		registration.cancel();
		this.registrations.saveAndFlush(registration);
		if (hadSeat && !event.isCancelled() && this.clock.instant().isBefore(event.getStartsAt())) {
			promoteFirst(event);
		}
		return event;
	}

	/**
	 * Gives free seats to those first in line, each with a mail. Only under the event's
	 * lock.
	 */
	void promoteFirst(NetworkEvent event) {
		while (this.registrations.countByEventIdAndStatus(event.getId(), Status.CONFIRMED) < event.getCapacity()) {
			Optional<Registration> next = this.registrations
				.findFirstByEventIdAndStatusOrderByQueuedAtAscIdAsc(event.getId(), Status.WAITING);
			if (next.isEmpty()) {
				return;
			}
			String token = Tokens.random();
			next.get().promote(Tokens.hash(token));
			this.registrations.saveAndFlush(next.get());
			this.mails.seat("promoted", next.get(), event, token);
		}
	}

	static <T> T retried(java.util.function.Supplier<T> change) {
		for (int attempt = 1;; attempt++) {
			try {
				return change.get();
			}
			catch (PessimisticLockingFailureException ex) {
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Who registers.
	 *
	 * @param accountId the account
	 * @param email where the mails go
	 * @param name the name on the participant list
	 * @param organisationId the account's organisation, or {@code null}
	 */
	public record Participant(long accountId, String email, String name, Long organisationId) {

		public Participant(long accountId, String email, String name) {
			this(accountId, email, name, null);
		}

	}

}
