package be.lokaalcirculair.network;

import java.util.ArrayList;
import java.util.List;

import be.lokaalcirculair.shared.web.LinkedData;
import be.lokaalcirculair.shared.web.Ui;

/**
 * The schema.org description of an event's public page: an {@code Event} with its times
 * (with the Belgian offset), how one attends, whether it is cancelled, where (a place
 * with its address, or a virtual location that points to the public page, never to the
 * online link of the participants), the seats, the speakers and the network as organiser.
 */
public final class EventLinkedData {

	private static final String SCHEMA = "https://schema.org/";

	private EventLinkedData() {
	}

	/** The JSON-LD of the public page of this event. */
	public static String page(EventView view, Ui ui) {
		NetworkEvent event = view.event();
		String url = ui.absoluteUrl(AgendaController.url(event));
		return LinkedData.document("Event")
			.with("name", event.getTitle())
			.with("description", event.getSummary())
			.with("url", url)
			.with("startDate", offset(event.getStartsAt()))
			.with("endDate", offset(event.getEndsAt()))
			.with("eventStatus", SCHEMA + (event.isCancelled() ? "EventCancelled" : "EventScheduled"))
			.with("eventAttendanceMode",
					SCHEMA + (event.isOnline() ? "OnlineEventAttendanceMode" : "OfflineEventAttendanceMode"))
			.with("location", event.isOnline() ? LinkedData.node("VirtualLocation").with("url", url) : place(view))
			.with("organizer",
					LinkedData.node("Organization")
						.with("name", ui.lookup("site.name"))
						.with("url", ui.absoluteUrl("/")))
			.with("performer",
					event.speakerList().stream().map((name) -> LinkedData.node("Person").with("name", name)).toList())
			.with("maximumAttendeeCapacity", event.getCapacity())
			.with("remainingAttendeeCapacity", view.seatsLeft())
			.with("keywords", keywords(event, ui))
			.with("inLanguage", ui.language())
			.toScript();
	}

	private static LinkedData place(EventView view) {
		NetworkEvent event = view.event();
		return LinkedData.node("Place")
			.with("name", event.getVenue())
			.with("address",
					LinkedData.node("PostalAddress")
						.with("streetAddress", event.getVenue())
						.with("addressLocality", view.place())
						.with("addressCountry", "BE"));
	}

	private static String offset(java.time.Instant instant) {
		return instant.atZone(Ui.ZONE).toOffsetDateTime().toString();
	}

	private static List<String> keywords(NetworkEvent event, Ui ui) {
		List<String> keywords = new ArrayList<>();
		keywords.add(ui.label(event.getType()));
		event.getThemes().stream().sorted().forEach((theme) -> keywords.add(ui.label(theme)));
		event.getLevers().stream().sorted().forEach((lever) -> keywords.add(ui.label(lever)));
		return keywords;
	}

}
