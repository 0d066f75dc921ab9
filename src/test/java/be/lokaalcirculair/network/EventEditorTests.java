package be.lokaalcirculair.network;

import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.network.RegistrationManagement.Participant;
import be.lokaalcirculair.shared.mail.MailOutbox;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Editors create, edit, copy and cancel events, mark attendance and export the
 * participants; a form with an end before the start or without seats gets its errors at
 * the fields and saves nothing.
 */
@PlatformTest
class EventEditorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	EventCatalog catalog;

	@Autowired
	RegistrationManagement registrations;

	@Autowired
	MailOutbox outbox;

	@Test
	void anEndBeforeTheStartAndNoSeatsAreErrorsAtTheirFieldsAndNothingIsSaved() throws Exception {
		for (String capacity : List.of("0", "-3", "veel")) {
			MvcResult result = this.mvc
				.perform(filled(post("/beheer/activiteiten"), "Foute activiteit " + capacity, "2030-05-10T14:00",
						"2030-05-10T10:00", capacity))
				.andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(400);
			String page = result.getResponse().getContentAsString();
			assertThat(page).contains("id=\"endsAt-error\"", "Het einde moet na het begin liggen.")
				.contains("id=\"capacity-error\"", "Vul een aantal plaatsen van minstens 1 in.")
				.contains("href=\"#endsAt\"");
		}
		assertThat(this.catalog.agenda(new AgendaFilter(false, null, null, null, null, null), 0, 100)
			.stream()
			.map(NetworkEvent::getTitle)).noneMatch((title) -> title.startsWith("Foute activiteit"));
	}

	@Test
	void anEditorCreatesEditsAndCopiesAnEventWithASafeProgramme() throws Exception {
		MvcResult created = this.mvc
			.perform(filled(post("/beheer/activiteiten"), "Workshop van de redactie", "2030-10-27T10:00",
					"2030-10-27T12:00", "12")
				.param("programme", "**Welkom**<script>alert(1)</script>"))
			.andReturn();
		String url = created.getResponse().getRedirectedUrl();
		assertThat(url).startsWith("/activiteiten/workshop-van-de-redactie-2030-10-27");
		NetworkEvent event = this.catalog.event(url.substring("/activiteiten/".length())).orElseThrow();
		assertThat(event.getStartsAt()).hasToString("2030-10-27T09:00:00Z");
		String page = this.mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<strong>Welkom</strong>", "Mechelen", "12 van 12 plaatsen vrij")
			.doesNotContain("<script>alert");

		this.mvc.perform(filled(post("/beheer/activiteiten/" + event.getId()), "Workshop van de redactie, herzien",
				"2030-10-27T10:00", "2030-10-27T13:00", "15"));
		assertThat(this.catalog.event(event.getId()).orElseThrow().getCapacity()).isEqualTo(15);

		String copy = this.mvc.perform(get("/beheer/activiteiten/" + event.getId() + "/kopie").with(user(editor())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(copy).contains("value=\"Workshop van de redactie, herzien\"", "action=\"/beheer/activiteiten\"");
	}

	@Test
	void cancellingAnEventMailsEveryoneRegisteredAndClosesRegistration() throws Exception {
		NetworkEvent event = NetworkFixtures.event(this.context, 1, 10);
		AccountPrincipal seated = AccountFixtures.create(this.context, "netwerk.annulering.a@example.org", Role.MEMBER,
				null);
		AccountPrincipal waiting = AccountFixtures.create(this.context, "netwerk.annulering.b@example.org", Role.MEMBER,
				null);
		register(event, seated, seated.displayName());
		register(event, waiting, waiting.displayName());
		this.mvc
			.perform(post("/beheer/activiteiten/" + event.getId() + "/annuleren").with(user(editor())).with(csrf()));
		assertThat(this.catalog.event(event.getId()).orElseThrow().isCancelled()).isTrue();
		for (String address : List.of("netwerk.annulering.a@example.org", "netwerk.annulering.b@example.org")) {
			assertThat(this.outbox.to(address).get(0).getSubject()).isEqualTo("Geannuleerd: " + event.getTitle());
			assertThat(this.outbox.to(address).get(0).getAttachment().content()).contains("STATUS:CANCELLED");
		}
	}

	@Test
	void theEditorMarksAttendanceAndExportsParticipantsWithFormulasNeutralised() throws Exception {
		NetworkEvent event = NetworkFixtures.event(this.context, 5, 10);
		AccountPrincipal person = AccountFixtures.create(this.context, "netwerk.formule@example.org", Role.MEMBER,
				null);
		register(event, person, "=HYPERLINK(\"http://evil.example\")");
		long registrationId = this.registrations.of(event.getId(), person.id()).orElseThrow().getId();
		String base = "/beheer/activiteiten/" + event.getId() + "/deelnemers";
		this.mvc.perform(post(base + "/" + registrationId).param("aanwezig", "ja").with(user(editor())).with(csrf()));
		assertThat(this.registrations.of(event.getId(), person.id()).orElseThrow().getAttendance())
			.isEqualTo(Registration.Attendance.PRESENT);

		NetworkEvent other = NetworkFixtures.event(this.context, 5, 10);
		assertThat(this.mvc
			.perform(post("/beheer/activiteiten/" + other.getId() + "/deelnemers/" + registrationId)
				.param("aanwezig", "nee")
				.with(user(editor()))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).as("a registration of another event").isEqualTo(404);
		assertThat(this.registrations.of(event.getId(), person.id()).orElseThrow().getAttendance())
			.isEqualTo(Registration.Attendance.PRESENT);

		MvcResult csv = this.mvc.perform(get(base + ".csv").with(user(editor()))).andReturn();
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new StringReader(csv.getResponse().getContentAsString()))
			.getRecords();
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("naam")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
		assertThat(rows.get(0).get("aanwezigheid")).isEqualTo("present");
		assertThat(rows.get(0).get("status")).isEqualTo("confirmed");
	}

	private void register(NetworkEvent event, AccountPrincipal person, String name) {
		this.registrations.register(event.getId(), new Participant(person.id(), person.getUsername(), name));
	}

	private AccountPrincipal editor() {
		return AccountFixtures.create(this.context, "netwerk.redacteur.netwerk@example.org", Role.EDITOR, null);
	}

	private MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String title, String start,
			String end, String capacity) {
		return request.param("title", title)
			.param("summary", "Een activiteit van de redactie.")
			.param("type", "workshop")
			.param("track", "iedereen")
			.param("themes", "textiel")
			.param("venue", "Stadhuis")
			.param("municipality", "12025")
			.param("startsAt", start)
			.param("endsAt", end)
			.param("capacity", capacity)
			.with(user(editor()))
			.with(csrf());
	}

}
