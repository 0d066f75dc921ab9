package be.lokaalcirculair.opendata;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.network.EventFixtures;
import be.lokaalcirculair.network.NetworkEvent;
import be.lokaalcirculair.practice.ModerationState;
import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.PracticeFixtures;
import be.lokaalcirculair.shared.taxonomy.Theme;
import be.lokaalcirculair.shared.web.Ui;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The events as a reuser of the API reads them: the agenda's filters (strict: a value the
 * API does not know is a 400 problem), an event by id or slug with its codes and labels,
 * seats and published fiches, versions with 304, and nothing of the participants or the
 * online link.
 */
@PlatformTest
class EventApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void removeFixtures() {
		PracticeFixtures.removeAll(this.context);
	}

	@Test
	void theListHasTheUpcomingEventsByStartAndThePastOnesOnRequest() throws Exception {
		NetworkEvent soon = event(3, "");
		NetworkEvent later = event(40, "");
		NetworkEvent past = event(-20, "");
		List<Integer> upcoming = ids("/api/v1/events?size=100");
		assertThat(upcoming).contains(id(soon), id(later)).doesNotContain(id(past));
		assertThat(upcoming.indexOf(id(soon))).isLessThan(upcoming.indexOf(id(later)));
		List<String> starts = JsonPath.read(json("/api/v1/events?size=100"), "$.items[*].startsAt");
		assertThat(starts).isSortedAccordingTo((a, b) -> OffsetDateTime.parse(a).compareTo(OffsetDateTime.parse(b)));
		assertThat(ids("/api/v1/events?when=past&size=100")).contains(id(past)).doesNotContain(id(soon));
		assertThat(ids("/api/v1/events?when=all&size=100")).contains(id(past), id(soon));
		this.mvc.perform(get("/api/v1/events").param("size", "1").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.items.length()").value(1));
	}

	@Test
	void theAgendasFiltersNarrowTheList() throws Exception {
		NetworkEvent event = event(12, "");
		String filters = "/api/v1/events?type=workshop&track=starters&theme=textiel&province=10000&size=100";
		assertThat(ids(filters)).contains(id(event));
		this.mvc.perform(get(filters))
			.andExpect(jsonPath("$.items[*].type.code", everyItem(is("workshop"))))
			.andExpect(jsonPath("$.items[*].track.code", everyItem(is("starters"))));
		assertThat(ids("/api/v1/events?province=70000&size=100")).doesNotContain(id(event));
		assertThat(ids("/api/v1/events?theme=voeding&size=100")).doesNotContain(id(event));
		assertThat(ids("/api/v1/events?type=webinar&size=100")).doesNotContain(id(event));
		String month = YearMonth.from(event.getStartsAt().atZone(Ui.ZONE)).toString();
		assertThat(ids("/api/v1/events?size=100&month=" + month)).contains(id(event));
		assertThat(ids("/api/v1/events?size=100&month=" + YearMonth.parse(month).plusMonths(2)))
			.doesNotContain(id(event));
		String day = event.getStartsAt().atZone(Ui.ZONE).toLocalDate().toString();
		assertThat(ids("/api/v1/events?size=100&from=" + day + "&to=" + day)).contains(id(event));
		assertThat(ids("/api/v1/events?size=100&to=" + event.getStartsAt().atZone(Ui.ZONE).toLocalDate().minusDays(1)))
			.doesNotContain(id(event));
	}

	@Test
	void aFilterTheApiDoesNotKnowIsAProblemNotEverything() throws Exception {
		for (String query : List.of("type=onbekend", "theme=x", "track=experts", "province=99999", "when=soon",
				"month=2026-13", "from=25-10-2026", "month=2026-10&from=2026-10-01", "from=2026-10-02&to=2026-10-01",
				"thema=textiel", "size=0", "size=101", "page=0", "type=workshop&type=webinar")) {
			this.mvc.perform(get("/api/v1/events?" + query))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.status").value(400));
		}
		this.mvc.perform(get("/api/v1/events.csv?wanneer=voorbij")).andExpect(status().isBadRequest());
	}

	@Test
	void oneEventBySlugOrIdWithCodesLabelsSeatsAndPublishedFiches() throws Exception {
		NetworkEvent event = event(9, "");
		Practice published = PracticeFixtures.publish(this.context, "activiteit", "Een fiche bij een activiteit",
				"Samenvatting.", "Tekst.", "12025", Theme.TEXTIEL);
		Practice archived = PracticeFixtures.publish(this.context, "activiteit-weg", "Een fiche die verdwijnt",
				"Samenvatting.", "Tekst.", "12025", Theme.TEXTIEL);
		PracticeFixtures.moderate(this.context, archived.getId(), ModerationState.ARCHIVED);
		EventFixtures.link(this.context, event, archived.getId(), published.getId());
		String bySlug = json("/api/v1/events/" + event.getSlug());
		assertThat(json("/api/v1/events/" + event.getId())).isEqualTo(bySlug);
		assertThat((Integer) JsonPath.read(bySlug, "$.id")).isEqualTo(id(event));
		assertThat((String) JsonPath.read(bySlug, "$.url")).endsWith("/activiteiten/" + event.getSlug());
		assertThat((String) JsonPath.read(bySlug, "$.type.code")).isEqualTo("workshop");
		assertThat((String) JsonPath.read(bySlug, "$.type.labels.nl")).isEqualTo("Workshop");
		assertThat((String) JsonPath.read(bySlug, "$.themes[0].code")).isEqualTo("textiel");
		assertThat((String) JsonPath.read(bySlug, "$.themes[0].labels.en")).isEqualTo("Textiles");
		assertThat((String) JsonPath.read(bySlug, "$.levers[0].code")).isEqualTo("circulair-aankopen");
		assertThat((String) JsonPath.read(bySlug, "$.municipality.nisCode")).isEqualTo("12025");
		assertThat(OffsetDateTime.parse(JsonPath.read(bySlug, "$.startsAt")).toInstant())
			.isEqualTo(event.getStartsAt());
		assertThat(OffsetDateTime.parse(JsonPath.read(bySlug, "$.startsAt")).getHour()).as("Belgian time")
			.isEqualTo(10);
		assertThat((Integer) JsonPath.read(bySlug, "$.seatsLeft")).isEqualTo(5);
		assertThat((Boolean) JsonPath.read(bySlug, "$.full")).isFalse();
		assertThat(JsonPath.<List<Object>>read(bySlug, "$.practiceIds")).containsExactly(published.getId().intValue());
		assertThat(JsonPath.<List<String>>read(bySlug, "$.speakers")).containsExactly("Spreker Een", "Spreker Twee");
	}

	@Test
	void theTaxonomyNamesTheEventTypesAndTracksTheFiltersAccept() throws Exception {
		String taxonomy = json("/api/v1/taxonomy");
		assertThat(JsonPath.<List<String>>read(taxonomy, "$.eventTypes[*].code")).contains("workshop", "webinar",
				"lerend-netwerksessie");
		assertThat(JsonPath.<List<String>>read(taxonomy, "$.eventTracks[*].code")).containsExactly("starters",
				"gevorderden", "iedereen");
		for (String code : JsonPath.<List<String>>read(taxonomy, "$.eventTypes[*].code")) {
			this.mvc.perform(get("/api/v1/events").param("type", code)).andExpect(status().isOk());
		}
	}

	@Test
	void anUnknownEventIsANotFoundProblem() throws Exception {
		for (String path : List.of("/api/v1/events/bestaat-niet", "/api/v1/events/99999999",
				"/api/v1/events/Niet_Goed")) {
			this.mvc.perform(get(path))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.status").value(404));
		}
	}

	@Test
	void anEventThatDidNotChangeIsNotSentAgain() throws Exception {
		NetworkEvent event = event(15, "");
		MvcResult first = this.mvc.perform(get("/api/v1/events/" + event.getSlug()))
			.andExpect(status().isOk())
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andExpect(header().exists(HttpHeaders.LAST_MODIFIED))
			.andReturn();
		String tag = first.getResponse().getHeader(HttpHeaders.ETAG);
		this.mvc.perform(get("/api/v1/events/" + event.getSlug()).header(HttpHeaders.IF_NONE_MATCH, tag))
			.andExpect(status().isNotModified());
		this.mvc.perform(get("/api/v1/events/" + event.getSlug()).header(HttpHeaders.IF_MODIFIED_SINCE,
				first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED)))
			.andExpect(status().isNotModified());
		this.mvc.perform(get("/api/v1/events/" + event.getSlug()).header("Origin", "https://elders.example"))
			.andExpect(header().string("Access-Control-Allow-Origin", "*"));
		register(event);
		this.mvc.perform(get("/api/v1/events/" + event.getSlug()).header(HttpHeaders.IF_NONE_MATCH, tag))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.seatsLeft").value(4));
	}

	@Test
	void noParticipantAndNoOnlineLinkInTheJsonOrTheFiles() throws Exception {
		String secret = "https://meet.example.org/geheim-" + UUID.randomUUID();
		NetworkEvent event = EventFixtures.create(this.context, "Webinar " + UUID.randomUUID(), 6, 1, secret);
		String name = register(event);
		String detail = json("/api/v1/events/" + event.getId());
		assertThat((Boolean) JsonPath.read(detail, "$.online")).isTrue();
		assertThat((Boolean) JsonPath.read(detail, "$.full")).isTrue();
		assertThat((Integer) JsonPath.read(detail, "$.seatsLeft")).isZero();
		String day = "from=" + event.getStartsAt().atZone(Ui.ZONE).toLocalDate() + "&to="
				+ event.getStartsAt().atZone(Ui.ZONE).toLocalDate();
		for (String body : List.of(detail, json("/api/v1/events?size=100&" + day), json("/api/v1/events.csv?" + day),
				json("/feeds/activiteiten.atom"), json("/activiteiten/" + event.getSlug()))) {
			assertThat(body).doesNotContain(secret, "meet.example.org", name)
				.doesNotContainPattern("[\\w.+-]+@[\\w-]+\\.[a-z]{2,}");
		}
		assertThat(json("/api/v1/events.csv?" + day)).contains(event.getTitle());
	}

	/** Registers a new member; gives the name on the participant list. */
	private String register(NetworkEvent event) {
		String email = "deelnemer." + UUID.randomUUID() + "@example.org";
		AccountPrincipal person = AccountFixtures.create(this.context, email, Role.MEMBER, "12025");
		String name = "Deelnemer " + UUID.randomUUID();
		EventFixtures.register(this.context, event, person.id(), email, name);
		return name;
	}

	private NetworkEvent event(int daysFromNow, String onlineUrl) {
		return EventFixtures.create(this.context, "Activiteit " + UUID.randomUUID(), daysFromNow, 5, onlineUrl);
	}

	private List<Integer> ids(String path) throws Exception {
		return JsonPath.read(json(path), "$.items[*].id");
	}

	private String json(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static int id(NetworkEvent event) {
		return event.getId().intValue();
	}

}
