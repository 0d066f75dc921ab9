package be.lokaalcirculair.network;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.network.RegistrationManagement.Participant;

/** Participants of test events, and events moved in time after people registered. */
final class FollowUpFixtures {

	private FollowUpFixtures() {
	}

	static AccountPrincipal member(ApplicationContext context, String email) {
		return AccountFixtures.create(context, email, Role.MEMBER, "12025");
	}

	static AccountPrincipal registered(ApplicationContext context, NetworkEvent event, String email) {
		AccountPrincipal person = member(context, email);
		context.getBean(RegistrationManagement.class)
			.register(event.getId(), new Participant(person.id(), person.getUsername(), person.displayName()));
		return person;
	}

	/**
	 * Moves an event so that it started {@code ago} before now (negative: in the future),
	 * for two hours: registering for a past event is refused, so tests register first.
	 */
	static void startedAgo(ApplicationContext context, NetworkEvent event, Duration ago) {
		Instant start = Instant.now().minus(ago);
		context.getBean(JdbcTemplate.class)
			.update("update network_event set starts_at = ?, ends_at = ?, registration_deadline = ? where id = ?",
					Timestamp.from(start), Timestamp.from(start.plus(Duration.ofHours(2))), Timestamp.from(start),
					event.getId());
	}

}
