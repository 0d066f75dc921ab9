package be.lokaalcirculair.network;

import java.time.Instant;

import be.lokaalcirculair.shared.taxonomy.Theme;

/**
 * Which events a reader of the open data asks for: the agenda's filters, with a period of
 * any length instead of a month. {@code null} means any.
 *
 * @param when upcoming (not yet ended), past (ended) or all events
 * @param type the type
 * @param track the track
 * @param theme the theme
 * @param provinceNis the province (NIS code)
 * @param startsFrom the earliest start, inclusive
 * @param startsBefore the latest start, exclusive
 */
public record EventQuery(When when, EventType type, Track track, Theme theme, String provinceNis, Instant startsFrom,
		Instant startsBefore) {

	/** Which events by time. */
	public enum When {

		UPCOMING, PAST, ALL

	}

	/** Every event, past and to come. */
	public static EventQuery all() {
		return new EventQuery(When.ALL, null, null, null, null, null, null);
	}

}
