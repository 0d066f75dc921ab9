package be.lokaalcirculair.network;

import java.util.List;
import java.util.Map;

import be.lokaalcirculair.organisation.Province;
import be.lokaalcirculair.shared.taxonomy.Theme;
import be.lokaalcirculair.shared.web.Pager;

/**
 * The agenda page.
 *
 * @param filter what is shown
 * @param events the events of this page
 * @param places the name of each event's municipality, by NIS code
 * @param total how many events meet the filter
 * @param pager the page links
 * @param provinces the provinces to filter on
 * @param unknownValues filter values that were not understood (and ignored)
 * @param upcomingUrl the link to the upcoming events with the same filters
 * @param pastUrl the link to the past events with the same filters
 */
public record AgendaView(AgendaFilter filter, List<NetworkEvent> events, Map<String, String> places, long total,
		Pager pager, List<Province> provinces, List<String> unknownValues, String upcomingUrl, String pastUrl) {

	/** The names of the query parameters. */
	public static final String WHEN = "wanneer", TYPE = "type", TRACK = "spoor", THEME = "thema",
			PROVINCE = "provincie", MONTH = "maand";

	public List<EventType> types() {
		return List.of(EventType.values());
	}

	public List<Track> tracks() {
		return List.of(Track.values());
	}

	public List<Theme> themes() {
		return List.of(Theme.values());
	}

}
