package be.lokaalcirculair.network;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.network.Registration.Attendance;
import be.lokaalcirculair.network.RegistrationManagement.Participant;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * At the door an editor checks participants in on a phone (present or absent, search by
 * name, counts) and prints a list to sign; members cannot.
 */
@PlatformTest
class CheckInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	RegistrationManagement registrations;

	@Test
	void anEditorMarksPresentAndAbsentAndSearchesByName() throws Exception {
		AccountPrincipal editor = AccountFixtures.create(this.context, "inchecken.redacteur@example.org", Role.EDITOR,
				null);
		NetworkEvent event = NetworkFixtures.event(this.context, 5, 2);
		AccountPrincipal anna = AccountFixtures.create(this.context, "inchecken.anna@example.org", Role.MEMBER,
				"12025");
		AccountPrincipal bert = AccountFixtures.create(this.context, "inchecken.bert@example.org", Role.MEMBER,
				"12025");
		this.registrations.register(event.getId(),
				new Participant(anna.id(), anna.getUsername(), "Anna Aerts", anna.organisationId()));
		this.registrations.register(event.getId(), new Participant(bert.id(), bert.getUsername(), "Bert Bosmans"));
		long annaId = this.registrations.of(event.getId(), anna.id()).orElseThrow().getId();
		String base = "/beheer/activiteiten/" + event.getId() + "/inchecken";

		assertThat(page(base, editor)).contains("0 van 2 aanwezig").contains("Anna Aerts").contains("Bert Bosmans");
		MvcResult marked = this.mvc.perform(
				post(base + "/" + annaId).param("aanwezig", "ja").param("naam", "anna").with(user(editor)).with(csrf()))
			.andReturn();
		assertThat(marked.getResponse().getRedirectedUrl()).isEqualTo(base + "?naam=anna#r" + annaId);
		assertThat(this.registrations.of(event.getId(), anna.id()).orElseThrow().getAttendance())
			.isEqualTo(Attendance.PRESENT);
		String filtered = page(base + "?naam=anna", editor);
		assertThat(filtered).contains("1 van 2 aanwezig").contains("Anna Aerts").doesNotContain("Bert Bosmans");

		this.mvc.perform(post(base + "/" + annaId).param("aanwezig", "nee").with(user(editor)).with(csrf()));
		assertThat(this.registrations.of(event.getId(), anna.id()).orElseThrow().getAttendance())
			.isEqualTo(Attendance.ABSENT);
		assertThat(page(base, editor)).contains("0 van 2 aanwezig");

		String print = page("/beheer/activiteiten/" + event.getId() + "/deelnemers/afdruk", editor);
		assertThat(print).contains("Anna Aerts")
			.contains("Handtekening")
			.contains("Mechelen")
			.doesNotContain("site-nav");
	}

	@Test
	void aMemberGetsNoCheckInAndChangesNothingAndAnotherEventsRegistrationIsNotFound() throws Exception {
		AccountPrincipal member = AccountFixtures.create(this.context, "inchecken.lid@example.org", Role.MEMBER,
				"12025");
		AccountPrincipal editor = AccountFixtures.create(this.context, "inchecken.redacteur@example.org", Role.EDITOR,
				null);
		NetworkEvent event = NetworkFixtures.event(this.context, 5, 2);
		NetworkEvent other = NetworkFixtures.event(this.context, 5, 2);
		this.registrations.register(event.getId(), new Participant(member.id(), member.getUsername(), "Lid"));
		long id = this.registrations.of(event.getId(), member.id()).orElseThrow().getId();

		assertThat(status(get("/beheer/activiteiten/" + event.getId() + "/inchecken"), member)).isEqualTo(403);
		assertThat(status(get("/beheer/activiteiten/" + event.getId() + "/deelnemers/afdruk"), member)).isEqualTo(403);
		assertThat(status(
				post("/beheer/activiteiten/" + event.getId() + "/inchecken/" + id).param("aanwezig", "ja").with(csrf()),
				member))
			.isEqualTo(403);
		assertThat(status(
				post("/beheer/activiteiten/" + other.getId() + "/inchecken/" + id).param("aanwezig", "ja").with(csrf()),
				editor))
			.isEqualTo(404);
		assertThat(
				status(post("/beheer/activiteiten/" + event.getId() + "/inchecken/" + id).param("aanwezig", "misschien")
					.with(csrf()), editor))
			.isEqualTo(400);
		assertThat(this.registrations.of(event.getId(), member.id()).orElseThrow().getAttendance()).isNull();
	}

	private String page(String url, AccountPrincipal person) throws Exception {
		return this.mvc.perform(get(url).with(user(person))).andReturn().getResponse().getContentAsString();
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			AccountPrincipal person) throws Exception {
		return this.mvc.perform(request.with(user(person))).andReturn().getResponse().getStatus();
	}

}
