package be.lokaalcirculair.network;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import be.lokaalcirculair.shared.web.Ui;

/**
 * How the pages show when an event takes place, in Belgian time and the page language.
 */
public final class EventDates {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private EventDates() {
	}

	/** "zaterdag 25 oktober 2026, 10:00–12:30", or with both dates when it lasts days. */
	public static String when(Ui ui, NetworkEvent event) {
		LocalDateTime start = EventTime.local(event.getStartsAt());
		LocalDateTime end = EventTime.local(event.getEndsAt());
		DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", ui.locale());
		if (start.toLocalDate().equals(end.toLocalDate())) {
			return day.format(start) + ", " + TIME.format(start) + "–" + TIME.format(end);
		}
		return day.format(start) + " " + TIME.format(start) + " – " + day.format(end) + " " + TIME.format(end);
	}

	/** A date and time, e.g. of the registration deadline. */
	public static String dateTime(Ui ui, java.time.Instant instant) {
		LocalDateTime local = EventTime.local(instant);
		return DateTimeFormatter.ofPattern("d MMMM yyyy", ui.locale()).format(local) + ", " + TIME.format(local);
	}

	/** The start as the {@code datetime} attribute of a {@code time} element wants it. */
	public static String iso(NetworkEvent event) {
		return event.getStartsAt().atZone(Ui.ZONE).toOffsetDateTime().toString();
	}

}
