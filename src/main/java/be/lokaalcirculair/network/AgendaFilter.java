package be.lokaalcirculair.network;

import java.time.YearMonth;

import be.lokaalcirculair.shared.taxonomy.Theme;

/**
 * What the agenda shows: upcoming or past events, narrowed by type, track, theme,
 * province (NIS code) and month; {@code null} means any.
 *
 * @param past the events that have ended instead of those to come
 * @param type the type
 * @param track the track
 * @param theme the theme
 * @param provinceNis the province
 * @param month the month in which they start
 */
public record AgendaFilter(boolean past, EventType type, Track track, Theme theme, String provinceNis,
		YearMonth month) {

	/** Every upcoming event. */
	public static AgendaFilter upcoming() {
		return new AgendaFilter(false, null, null, null, null, null);
	}

}
