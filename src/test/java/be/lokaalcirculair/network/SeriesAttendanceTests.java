package be.lokaalcirculair.network;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.network.Registration.Attendance;
import be.lokaalcirculair.network.SeriesManagement.Follower;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The attendance matrix counts, per follower, the sessions marked present on the
 * registrations, and says who reaches the series' minimum for a certificate; editors
 * create series, link sessions and change the minimum through the forms.
 */
@PlatformTest
class SeriesAttendanceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	SeriesManagement series;

	@Autowired
	SeriesAttendance attendance;

	@Autowired
	EventManagement events;

	@Autowired
	RegistrationManagement registrations;

	@Test
	void theMatrixCountsThePresentSessionsAndAppliesTheThreshold() throws Exception {
		List<NetworkEvent> sessions = sessions(3);
		MasterclassSeries series = SeriesFixtures.series(this.context, 2, sessions.toArray(NetworkEvent[]::new));
		AccountPrincipal anna = follow(series, "aanwezig.anna@example.org", "Anna Aanwezig");
		AccountPrincipal bert = follow(series, "aanwezig.bert@example.org", "Bert Soms");
		follow(series, "aanwezig.chris@example.org", "Chris Nooit");
		mark(sessions.get(0), anna, Attendance.PRESENT);
		mark(sessions.get(2), anna, Attendance.PRESENT);
		mark(sessions.get(0), bert, Attendance.PRESENT);
		mark(sessions.get(1), bert, Attendance.ABSENT);

		SeriesAttendance.Matrix matrix = this.attendance.matrix(this.series.series(series.getId()));

		assertThat(matrix.sessions()).extracting(NetworkEvent::getId)
			.containsExactly(sessions.stream().map(NetworkEvent::getId).toArray(Long[]::new));
		assertThat(matrix.rows()).extracting((row) -> row.follower().getDisplayName())
			.containsExactly("Anna Aanwezig", "Bert Soms", "Chris Nooit");
		assertThat(matrix.rows()).extracting(SeriesAttendance.Row::count).containsExactly(2, 1, 0);
		assertThat(matrix.rows()).extracting(SeriesAttendance.Row::qualifies).containsExactly(true, false, false);
		assertThat(matrix.rows().get(1).cells()).containsExactly(Attendance.PRESENT, Attendance.ABSENT, null);
		assertThat(matrix.qualifying()).isEqualTo(1);

		String page = this.mvc.perform(get("/beheer/reeksen/" + series.getId() + "/aanwezigheid").with(user(editor())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Anna Aanwezig")
			.contains("3 volgers, van wie 1 een attest krijgt.")
			.contains("/aanwezigheid/" + anna.id() + "/attest.pdf")
			.doesNotContain("/aanwezigheid/" + bert.id() + "/attest.pdf");
	}

	@Test
	void onlyFollowersAreInTheMatrixAndLoweringTheMinimumQualifiesMore() throws Exception {
		List<NetworkEvent> sessions = sessions(2);
		MasterclassSeries series = SeriesFixtures.series(this.context, 2, sessions.toArray(NetworkEvent[]::new));
		AccountPrincipal bert = follow(series, "drempel.bert@example.org", "Bert Drempel");
		mark(sessions.get(0), bert, Attendance.PRESENT);
		AccountPrincipal outsider = AccountFixtures.create(this.context, "drempel.los@example.org", Role.MEMBER,
				"44021");
		this.registrations.register(sessions.get(1).getId(),
				new RegistrationManagement.Participant(outsider.id(), "drempel.los@example.org", "Los"));
		mark(sessions.get(1), outsider, Attendance.PRESENT);
		assertThat(this.attendance.matrix(series).rows()).singleElement()
			.satisfies((row) -> assertThat(row.qualifies()).isFalse());

		MvcResult saved = this.mvc
			.perform(post("/beheer/reeksen/" + series.getId()).with(user(editor()))
				.with(csrf())
				.param("title", series.getTitle())
				.param("summary", series.getSummary())
				.param("track", "gevorderden")
				.param("minimumAttended", "1")
				.param("demo", "true"))
			.andReturn();

		assertThat(saved.getFlashMap().get("flash")).isEqualTo("network.series.saved");
		MasterclassSeries changed = this.series.series(series.getId());
		assertThat(changed.isDemo()).as("the form binds only its own fields").isFalse();
		assertThat(this.attendance.matrix(changed).rows()).singleElement()
			.satisfies((row) -> assertThat(row.qualifies()).isTrue());
	}

	@Test
	void editorsCreateASeriesWithErrorsShownAtTheFieldsAndLinkSessions() throws Exception {
		MvcResult invalid = this.mvc
			.perform(post("/beheer/reeksen").with(user(editor()))
				.with(csrf())
				.param("title", "")
				.param("summary", "Kort.")
				.param("track", "gevorderden")
				.param("minimumAttended", "nul"))
			.andReturn();
		assertThat(invalid.getResponse().getStatus()).isEqualTo(400);
		assertThat(invalid.getResponse().getContentAsString()).contains("Vul dit veld in.")
			.contains("Geef een getal van 1 tot 50.");

		MvcResult created = this.mvc
			.perform(post("/beheer/reeksen").with(user(editor()))
				.with(csrf())
				.param("title", "Masterclass hergebruik in openbare werken")
				.param("summary", "Drie sessies over hergebruik.")
				.param("track", "gevorderden")
				.param("minimumAttended", "2"))
			.andReturn();
		String edit = created.getResponse().getRedirectedUrl();
		assertThat(edit).matches("/beheer/reeksen/\\d+/bewerken");
		long id = Long.parseLong(edit.split("/")[3]);
		NetworkEvent session = NetworkFixtures.event(this.context, 5, 15);
		this.mvc.perform(post("/beheer/reeksen/" + id + "/sessies").with(user(editor()))
			.with(csrf())
			.param("activiteit", String.valueOf(session.getId())));
		assertThat(this.series.series(id).getSessionIds()).containsExactly(session.getId());
		assertThat(this.mvc.perform(get(edit).with(user(editor()))).andReturn().getResponse().getContentAsString())
			.contains(session.getTitle())
			.contains("/sessies/" + session.getId() + "/ontkoppelen");
		this.mvc
			.perform(post("/beheer/reeksen/" + id + "/sessies/" + session.getId() + "/ontkoppelen").with(user(editor()))
				.with(csrf()));
		assertThat(this.series.series(id).getSessionIds()).isEmpty();
	}

	private List<NetworkEvent> sessions(int count) {
		return Arrays.stream(new int[count])
			.mapToObj((i) -> NetworkFixtures.event(this.context, 10, 20))
			.sorted(java.util.Comparator.comparing(NetworkEvent::getId))
			.toList();
	}

	private AccountPrincipal follow(MasterclassSeries series, String email, String name) {
		AccountPrincipal person = AccountFixtures.create(this.context, email, Role.MEMBER, "12025");
		this.series.follow(series.getId(), new Follower(person.id(), email, name, person.organisationId()));
		return person;
	}

	private void mark(NetworkEvent session, AccountPrincipal person, Attendance attendance) {
		Registration registration = this.registrations.of(session.getId(), person.id()).orElseThrow();
		this.events.mark(session.getId(), registration.getId(), attendance);
	}

	private AccountPrincipal editor() {
		return AccountFixtures.create(this.context, "aanwezig.redacteur@example.org", Role.EDITOR, null);
	}

}
