package be.lokaalcirculair.network;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import be.lokaalcirculair.shared.web.Ui;

/**
 * Events for the tests of other modules (the open data): a workshop for starters on
 * textiles in Mechelen, or online, made as the editors' form makes it.
 */
public final class EventFixtures {

	private EventFixtures() {
	}

	/**
	 * An event that starts this many days from now (negative: in the past) at 10:00
	 * Belgian time and lasts two hours.
	 * @param onlineUrl the participants' link, or "" for an event in Mechelen
	 */
	public static NetworkEvent create(ApplicationContext context, String title, int daysFromNow, int capacity,
			String onlineUrl) {
		LocalDateTime start = LocalDateTime.now(Ui.ZONE)
			.plusDays(daysFromNow)
			.withHour(10)
			.truncatedTo(ChronoUnit.HOURS);
		return NetworkFixtures.event(context,
				NetworkFixtures.form(title, start, start.plusHours(2), capacity, onlineUrl));
	}

	/** Links fiches to an event, in this order. */
	public static void link(ApplicationContext context, NetworkEvent event, long... practiceIds) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		for (int i = 0; i < practiceIds.length; i++) {
			jdbc.update("insert into network_event_practice (event_id, position, practice_id) values (?, ?, ?)",
					event.getId(), i, practiceIds[i]);
		}
	}

	/** Cancels an event as an editor does. */
	public static void cancel(ApplicationContext context, NetworkEvent event) {
		context.getBean(EventManagement.class).cancel(event.getId());
	}

	/** Registers someone for an event. */
	public static void register(ApplicationContext context, NetworkEvent event, long accountId, String email,
			String name) {
		context.getBean(RegistrationManagement.class)
			.register(event.getId(), new RegistrationManagement.Participant(accountId, email, name));
	}

}
