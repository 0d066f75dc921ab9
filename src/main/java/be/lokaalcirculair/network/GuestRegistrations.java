package be.lokaalcirculair.network;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import be.lokaalcirculair.network.Registration.Status;

/**
 * Guests without an account register for events that allow them. A request holds no seat:
 * it only mails a single-use link (its hash stored, valid {@link #VALID}); confirming the
 * link takes a seat or a place in line under the event's lock, exactly as a member's
 * registration does. One registration per address per event.
 */
@Service
class GuestRegistrations {

	/** How long a guest has to confirm. */
	static final Duration VALID = Duration.ofHours(48);

	private final NetworkEventRepository events;

	private final RegistrationRepository registrations;

	private final RegistrationManagement management;

	private final RegistrationMails mails;

	private final TransactionTemplate transactions;

	private final Clock clock = Clock.systemUTC();

	GuestRegistrations(NetworkEventRepository events, RegistrationRepository registrations,
			RegistrationManagement management, RegistrationMails mails, TransactionTemplate transactions) {
		this.events = events;
		this.registrations = registrations;
		this.management = management;
		this.mails = mails;
		this.transactions = transactions;
	}

	/**
	 * Records a guest's request and mails the confirmation link; holds no seat.
	 * @throws RegistrationRefused when the event takes no guests, is not open, or the
	 * address is already registered; nothing is changed
	 */
	void request(long eventId, GuestForm guest) {
		RegistrationManagement.retried(() -> this.transactions.execute((tx) -> {
			NetworkEvent event = this.events.lockById(eventId).orElseThrow(EventNotFound::new);
			if (!event.isAllowsGuests()) {
				throw new RegistrationRefused("network.guest.not-allowed");
			}
			this.management.checkOpen(event);
			List<Registration> same = this.registrations.findByEventIdAndEmailIgnoreCase(eventId, guest.email());
			if (same.stream().anyMatch(Registration::isActive)) {
				throw new RegistrationRefused("network.register.twice");
			}
			Registration registration = same.stream()
				.filter((found) -> found.getAccountId() == null)
				.findFirst()
				.orElseGet(() -> new Registration(eventId, null, guest.email(), guest.name().strip()));
			registration.organisation(null, guest.organisation().strip());
			String token = Tokens.random();
			registration.await(Tokens.hash(token), this.clock.instant().plus(VALID));
			this.registrations.save(registration);
			this.mails.confirmGuest(registration, event, token);
			return event;
		}));
	}

	/**
	 * Confirms a guest's request by the link in the mail: a seat, or else the waiting
	 * list.
	 * @return the outcome, or empty when the link is unknown, used or expired
	 * @throws RegistrationRefused when the event closed in the meantime
	 */
	Optional<Confirmed> confirm(String token) {
		return RegistrationManagement.retried(() -> this.transactions.execute((tx) -> {
			Optional<Registration> found = awaiting(this.registrations.findByTokenHash(Tokens.hash(token)));
			if (found.isEmpty()) {
				return Optional.<Confirmed>empty();
			}
			NetworkEvent event = this.events.lockById(found.get().getEventId()).orElseThrow(EventNotFound::new);
			// read again under the lock: the link may have been used while we waited
			Optional<Registration> registration = awaiting(this.registrations.findById(found.get().getId()));
			if (registration.isEmpty()) {
				return Optional.<Confirmed>empty();
			}
			this.management.checkOpen(event);
			return Optional.of(new Confirmed(event, this.management.take(event, registration.get())));
		}));
	}

	/** Removes the requests nobody confirmed in time; returns how many. */
	int purge(Instant now) {
		return this.transactions.execute((tx) -> this.registrations.deleteExpired(Status.PENDING, now));
	}

	private Optional<Registration> awaiting(Optional<Registration> registration) {
		Instant now = this.clock.instant();
		return registration.filter((found) -> found.isAwaiting(now));
	}

	/** A confirmed guest: the event and whether they have a seat or wait. */
	record Confirmed(NetworkEvent event, Status status) {
	}

}
