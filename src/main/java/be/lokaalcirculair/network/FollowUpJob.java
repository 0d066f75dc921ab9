package be.lokaalcirculair.network;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import be.lokaalcirculair.network.Registration.Status;

/**
 * Sends, every hour, the reminder a few days before an event and the invitation to give
 * feedback after it, each at most once per registration. A registration is claimed by a
 * conditional update ({@code ... where reminder_sent_at is null}) in the same transaction
 * as its mail goes into the outbox: on several nodes only one wins the claim, and a
 * failure sends nothing and claims nothing.
 */
@Component
class FollowUpJob {

	private static final String DUE_REMINDERS = """
			select r.id from event_registration r join network_event e on e.id = r.event_id
			where r.status = ? and r.reminder_sent_at is null and e.cancelled = false
			and e.starts_at > ? and e.starts_at <= ? order by r.id""";

	private static final String DUE_INVITATIONS = """
			select r.id from event_registration r join network_event e on e.id = r.event_id
			where r.status = ? and (r.attendance is null or r.attendance <> 'ABSENT')
			and r.feedback_invited_at is null and e.cancelled = false
			and e.ends_at <= ? and e.ends_at > ? order by r.id""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final RegistrationRepository registrations;

	private final NetworkEventRepository events;

	private final FollowUpMails mails;

	private final NetworkFollowUpSettings settings;

	private final Clock clock = Clock.systemUTC();

	FollowUpJob(JdbcTemplate jdbc, TransactionTemplate transactions, RegistrationRepository registrations,
			NetworkEventRepository events, FollowUpMails mails, NetworkFollowUpSettings settings) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.registrations = registrations;
		this.events = events;
		this.mails = mails;
		this.settings = settings;
	}

	@Scheduled(cron = "${lc.network.follow-up-cron:0 7 * * * *}")
	void hourly() {
		Instant now = this.clock.instant();
		sendReminders(now, Duration.ofDays(this.settings.reminderDays()));
		inviteFeedback(now, Duration.ofDays(this.settings.feedbackDays()));
	}

	/**
	 * Reminds the confirmed participants of events that start within {@code ahead}.
	 * @return how many reminders this node sent
	 */
	int sendReminders(Instant now, Duration ahead) {
		List<Long> due = this.jdbc.queryForList(DUE_REMINDERS, Long.class, Status.CONFIRMED.name(), Timestamp.from(now),
				Timestamp.from(now.plus(ahead)));
		return (int) due.stream().filter((id) -> claimed("reminder_sent_at", id, now, this::remind)).count();
	}

	/**
	 * Invites the participants of events that ended less than {@code open} ago to give
	 * feedback; those marked absent are not asked.
	 * @return how many invitations this node sent
	 */
	int inviteFeedback(Instant now, Duration open) {
		List<Long> due = this.jdbc.queryForList(DUE_INVITATIONS, Long.class, Status.CONFIRMED.name(),
				Timestamp.from(now), Timestamp.from(now.minus(open)));
		return (int) due.stream().filter((id) -> claimed("feedback_invited_at", id, now, this::invite)).count();
	}

	private boolean claimed(String column, long registrationId, Instant now,
			java.util.function.Consumer<Registration> send) {
		return Boolean.TRUE.equals(this.transactions.execute((tx) -> {
			int claimed = this.jdbc.update("update event_registration set " + column + " = ? where id = ? and " + column
					+ " is null and status = ?", Timestamp.from(now), registrationId, Status.CONFIRMED.name());
			if (claimed == 0) {
				return false;
			}
			send.accept(this.registrations.findById(registrationId).orElseThrow());
			return true;
		}));
	}

	private void remind(Registration registration) {
		NetworkEvent event = this.events.findById(registration.getEventId()).orElseThrow();
		// only the hash of the earlier link is stored: the reminder carries a new one, as
		// a
		// promotion's mail does
		String token = Tokens.random();
		this.jdbc.update("update event_registration set token_hash = ? where id = ?", Tokens.hash(token),
				registration.getId());
		this.mails.reminder(registration, event, token);
	}

	private void invite(Registration registration) {
		this.mails.feedbackInvitation(registration, this.events.findById(registration.getEventId()).orElseThrow());
	}

}
