package be.lokaalcirculair.network;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The iCalendar feed and the file per event are valid RFC 5545, as ical4j parses and
 * validates them, with a stable UID, a DTSTAMP and the start and end in UTC; the online
 * link is not in the public files.
 */
@PlatformTest
class EventCalendarTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void anEventsFileIsValidAndHoldsItsTimesInUtcAcrossTheOctoberChange() throws Exception {
		LocalDateTime start = LocalDateTime.parse("2030-10-27T10:00"); // last Sunday of
																		// October
		NetworkEvent event = NetworkFixtures.event(this.context, NetworkFixtures.form(
				"Kalender; test, met \\ tekens en een heel lange titel die gevouwen moet worden over regels heen",
				start, start.plusHours(2), 20, ""));
		MvcResult result = this.mvc.perform(get("/activiteiten/" + event.getSlug() + "/kalender.ics")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
		Calendar calendar = parsed(result.getResponse().getContentAsString());
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		VEvent parsed = events.get(0);
		assertThat(value(parsed, Property.UID)).isEqualTo("event-" + event.getId() + "@localhost");
		assertThat(value(parsed, Property.DTSTAMP)).endsWith("Z");
		assertThat(Instant.from(parsed.getStartDate().orElseThrow().getDate()))
			.isEqualTo(Instant.parse("2030-10-27T09:00:00Z"));
		assertThat(Instant.from(parsed.getEndDate().orElseThrow().getDate()))
			.isEqualTo(Instant.parse("2030-10-27T11:00:00Z"));
		assertThat(value(parsed, Property.SUMMARY)).isEqualTo(event.getTitle());
		assertThat(value(parsed, Property.LOCATION)).isEqualTo("Stadhuis, Grote Markt 21, Mechelen");
	}

	@Test
	void theFeedHoldsEveryEventOnceAndIsValid() throws Exception {
		NetworkEvent online = NetworkFixtures.event(this.context,
				NetworkFixtures.form("Online kalendertest", LocalDateTime.parse("2031-03-30T10:00"),
						LocalDateTime.parse("2031-03-30T11:00"), 5, "https://meet.example.org/geheim"));
		String body = this.mvc.perform(get("/activiteiten/kalender.ics"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Calendar calendar = parsed(body);
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).extracting((event) -> value(event, Property.UID))
			.contains("event-" + online.getId() + "@localhost")
			.doesNotHaveDuplicates();
		VEvent parsed = events.stream()
			.filter((event) -> value(event, Property.UID).equals("event-" + online.getId() + "@localhost"))
			.findFirst()
			.orElseThrow();
		// last Sunday of March: summer time, UTC+2
		assertThat(Instant.from(parsed.getStartDate().orElseThrow().getDate()))
			.isEqualTo(Instant.parse("2031-03-30T08:00:00Z"));
		assertThat(body).doesNotContain("meet.example.org");
		assertThat(body.split("\r\n"))
			.allSatisfy((line) -> assertThat(line.getBytes("UTF-8").length).isLessThanOrEqualTo(75));
	}

	@Test
	void anUnknownEventHasNoFile() throws Exception {
		assertThat(
				this.mvc.perform(get("/activiteiten/bestaat-niet/kalender.ics")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	static Calendar parsed(String text) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(text));
		assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
		return calendar;
	}

	static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElseThrow();
	}

}
