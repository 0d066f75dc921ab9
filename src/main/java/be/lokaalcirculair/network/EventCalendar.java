package be.lokaalcirculair.network;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import be.lokaalcirculair.organisation.Municipality;
import be.lokaalcirculair.organisation.Organisations;

/**
 * Writes events as iCalendar (RFC 5545): one {@code VEVENT} per event with a stable UID,
 * DTSTAMP, and start and end in UTC, so that every calendar program shows them in its own
 * time zone without a VTIMEZONE. Lines end in CRLF and are folded at 75 octets. The
 * online link is written only for a participant's own file.
 */
@Component
class EventCalendar {

	/** The media type of an iCalendar file. */
	static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final Organisations organisations;

	private final String baseUrl;

	private final String organizer;

	EventCalendar(Organisations organisations, @Value("${lc.base-url}") String baseUrl,
			@Value("${lc.mail.from}") String from) {
		this.organisations = organisations;
		this.baseUrl = baseUrl;
		// METHOD:PUBLISH (RFC 5546) wants an organizer: the address the mails come from
		java.util.regex.Matcher address = java.util.regex.Pattern.compile("<([^>]+)>").matcher(from);
		this.organizer = address.find() ? address.group(1) : from.strip();
	}

	/** A calendar of these events, as the public sees them. */
	String calendar(List<NetworkEvent> events) {
		StringBuilder out = new StringBuilder();
		begin(out);
		events.forEach((event) -> event(out, event, false));
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/** The calendar file a participant gets: with the online link. */
	String forParticipant(NetworkEvent event) {
		StringBuilder out = new StringBuilder();
		begin(out);
		event(out, event, true);
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/** The UID of an event: the same in every file, so calendars update it in place. */
	String uid(NetworkEvent event) {
		return "event-" + event.getId() + "@" + java.net.URI.create(this.baseUrl).getHost();
	}

	private static void begin(StringBuilder out) {
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Lokaal Circulair//Lerend netwerk//NL");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
	}

	private void event(StringBuilder out, NetworkEvent event, boolean withOnlineLink) {
		String url = this.baseUrl + AgendaController.url(event);
		line(out, "BEGIN:VEVENT");
		line(out, "UID:" + uid(event));
		line(out, "DTSTAMP:" + utc(event.getUpdatedAt()));
		line(out, "DTSTART:" + utc(event.getStartsAt()));
		line(out, "DTEND:" + utc(event.getEndsAt()));
		line(out, "SEQUENCE:" + event.getVersion());
		line(out, "ORGANIZER;CN=Lokaal Circulair:mailto:" + this.organizer);
		line(out, "SUMMARY:" + escape(event.getTitle()));
		line(out, "DESCRIPTION:" + escape(event.getSummary() + "\n\n" + url));
		String location = location(event, withOnlineLink);
		if (location != null) {
			line(out, "LOCATION:" + escape(location));
		}
		line(out, "URL:" + url);
		line(out, "STATUS:" + (event.isCancelled() ? "CANCELLED" : "CONFIRMED"));
		line(out, "END:VEVENT");
	}

	private String location(NetworkEvent event, boolean withOnlineLink) {
		if (event.isOnline()) {
			return withOnlineLink ? event.getOnlineUrl() : "Online";
		}
		String place = (event.getMunicipalityNis() != null)
				? this.organisations.municipality(event.getMunicipalityNis()).map(Municipality::getName).orElse(null)
				: null;
		return (event.getVenue() != null && place != null) ? event.getVenue() + ", " + place
				: (event.getVenue() != null) ? event.getVenue() : place;
	}

	private static String utc(Instant instant) {
		return UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	/** Escapes a TEXT value (RFC 5545 3.3.11). */
	static String escape(String text) {
		return text.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\n")
			.replace("\r", "\n")
			.replace("\n", "\\n");
	}

	/** Writes a content line, folded so that no line is longer than 75 octets. */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		for (int offset = 0; offset < content.length();) {
			int codePoint = content.codePointAt(offset);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			offset += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
