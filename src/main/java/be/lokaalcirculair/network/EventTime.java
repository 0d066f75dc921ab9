package be.lokaalcirculair.network;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import be.lokaalcirculair.shared.web.Ui;

/**
 * Events are planned in Belgian wall-clock time and stored as instants, so that an event
 * at 10:00 stays at 10:00 on both sides of a daylight-saving change. A wall-clock time
 * that does not exist (the hour skipped in March) moves forward by the gap; one that
 * exists twice (the hour repeated in October) is taken at its first, summer-time, moment.
 */
public final class EventTime {

	private EventTime() {
	}

	/** The instant of a Belgian wall-clock time. */
	public static Instant of(LocalDateTime local) {
		return (local != null) ? ZonedDateTime.ofLocal(local, Ui.ZONE, null).toInstant() : null;
	}

	/** The Belgian wall-clock time of an instant. */
	public static LocalDateTime local(Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, Ui.ZONE) : null;
	}

}
