package be.lokaalcirculair.network;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import be.lokaalcirculair.shared.mail.MailOutbox;
import be.lokaalcirculair.shared.mail.OutboxMail;
import be.lokaalcirculair.shared.web.Ui;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Guests without an account register for events that allow them: the request holds no
 * seat, the link in the mail (confirmed by a button, never by opening it) takes a seat or
 * a place in line; one registration per address; unconfirmed requests expire.
 */
@PlatformTest
class GuestRegistrationTests {

	private static final Pattern CONFIRM = Pattern.compile("/activiteiten/bevestigen\\?token=([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MailOutbox outbox;

	@Autowired
	RegistrationManagement registrations;

	@Autowired
	GuestRegistrations guests;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRequestHoldsNoSeatUntilTheLinkIsConfirmedByTheButton() throws Exception {
		NetworkEvent event = guestEvent(1, 10);
		assertThat(this.mvc.perform(get("/activiteiten/" + event.getSlug()))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("/activiteiten/" + event.getSlug() + "/gast");
		MvcResult requested = request(event, "gast.een@example.org");
		assertThat(requested.getResponse().getRedirectedUrl()).isEqualTo("/activiteiten/" + event.getSlug());
		assertThat(this.registrations.confirmed(event.getId())).as("pending holds no seat").isZero();
		assertThat(this.registrations.participants(event.getId())).isEmpty();
		String token = confirmToken("gast.een@example.org", event);

		String page = this.mvc.perform(get("/activiteiten/bevestigen").param("token", token))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Inschrijving bevestigen").contains("name=\"token\"");
		assertThat(this.registrations.confirmed(event.getId())).as("opening the link changes nothing").isZero();

		MvcResult confirmed = confirm(token);
		assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/activiteiten/" + event.getSlug());
		assertThat(this.registrations.confirmed(event.getId())).isEqualTo(1);
		OutboxMail seat = latest("gast.een@example.org", event);
		assertThat(seat.getSubject()).startsWith("Ingeschreven");
		assertThat(seat.getAttachment().fileName()).isEqualTo(event.getSlug() + ".ics");
		Registration registration = this.registrations.participants(event.getId()).get(0);
		assertThat(registration.getAccountId()).isNull();
		assertThat(registration.getOrganisationName()).isEqualTo("Repair Café Mechelen");
		assertThat(confirm(token).getResponse().getStatus()).as("the link works once").isEqualTo(404);

		// a second guest finds the event full: waiting list, and the first cancels by the
		// mail's link
		request(event, "gast.twee@example.org");
		confirm(confirmToken("gast.twee@example.org", event));
		assertThat(this.registrations.waiting(event.getId())).isEqualTo(1);
		assertThat(latest("gast.twee@example.org", event).getSubject()).startsWith("Op de wachtlijst");
		Matcher cancel = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(seat.getBody());
		assertThat(cancel.find()).isTrue();
		this.mvc.perform(post("/activiteiten/uitschrijven").param("token", cancel.group(1)).with(csrf()));
		assertThat(latest("gast.twee@example.org", event).getSubject()).startsWith("Er is een plaats vrij");
	}

	@Test
	void theSameAddressTwiceIsRefused() throws Exception {
		NetworkEvent event = guestEvent(5, 10);
		request(event, "gast.dubbel@example.org");
		confirm(confirmToken("gast.dubbel@example.org", event));
		int mails = this.outbox.to("gast.dubbel@example.org").size();
		MvcResult twice = request(event, "Gast.Dubbel@example.org");
		assertThat(twice.getResponse().getStatus()).isEqualTo(409);
		assertThat(twice.getResponse().getContentAsString()).contains("U bent al ingeschreven voor deze activiteit.");
		assertThat(this.outbox.to("gast.dubbel@example.org")).hasSize(mails);
		assertThat(this.registrations.participants(event.getId())).hasSize(1);
	}

	@Test
	void anExpiredLinkTakesNoSeatAndThePurgeRemovesTheRequest() throws Exception {
		NetworkEvent event = guestEvent(5, 10);
		request(event, "gast.te.laat@example.org");
		String token = confirmToken("gast.te.laat@example.org", event);
		this.jdbc.update("update event_registration set expires_at = ? where event_id = ?",
				java.sql.Timestamp.from(Instant.now().minusSeconds(60)), event.getId());
		MvcResult expired = confirm(token);
		assertThat(expired.getResponse().getStatus()).isEqualTo(404);
		assertThat(expired.getResponse().getContentAsString()).contains("verlopen");
		assertThat(this.registrations.confirmed(event.getId())).isZero();
		assertThat(this.guests.purge(Instant.now())).isPositive();
		assertThat(this.jdbc.queryForObject("select count(*) from event_registration where event_id = ?", Long.class,
				event.getId()))
			.isZero();
	}

	@Test
	void anEventWithoutGuestsOrAClosedOneRefusesAndChangesNothing() throws Exception {
		NetworkEvent membersOnly = NetworkFixtures.event(this.context, 5, 10);
		assertThat(this.mvc.perform(get("/activiteiten/" + membersOnly.getSlug()))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("/gast");
		MvcResult refused = request(membersOnly, "gast.geweigerd@example.org");
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(refused.getResponse().getContentAsString()).contains("alleen leden met een account");
		assertThat(this.mvc.perform(get("/activiteiten/" + membersOnly.getSlug() + "/gast"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("alleen leden met een account").doesNotContain("name=\"email\"");
		NetworkEvent past = guestEvent(5, -2);
		assertThat(this.mvc.perform(get("/activiteiten/" + past.getSlug() + "/gast"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("al begonnen of voorbij").doesNotContain("name=\"email\"");
		assertThat(request(past, "gast.geweigerd@example.org").getResponse().getContentAsString())
			.contains("al begonnen of voorbij");
		assertThat(this.outbox.to("gast.geweigerd@example.org")).isEmpty();
		assertThat(this.mvc
			.perform(post("/activiteiten/bestaat-niet/gast").with(csrf())
				.param("name", "X")
				.param("email", "x@example.org")
				.param("organisation", "Y"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aRobotFillingTheHoneypotOrAnInvalidFormGetsNoMail() throws Exception {
		NetworkEvent event = guestEvent(5, 10);
		this.mvc.perform(post("/activiteiten/" + event.getSlug() + "/gast").with(csrf())
			.param("name", "Robot")
			.param("email", "gast.robot@example.org")
			.param("organisation", "Spam")
			.param("website", "https://spam.example"));
		MvcResult invalid = this.mvc
			.perform(post("/activiteiten/" + event.getSlug() + "/gast").with(csrf())
				.param("name", "")
				.param("email", "geen-adres")
				.param("organisation", ""))
			.andReturn();
		assertThat(invalid.getResponse().getStatus()).isEqualTo(400);
		assertThat(invalid.getResponse().getContentAsString()).contains("aria-invalid=\"true\"");
		assertThat(this.outbox.to("gast.robot@example.org")).isEmpty();
	}

	private NetworkEvent guestEvent(int capacity, int daysFromNow) {
		LocalDateTime start = LocalDateTime.now(Ui.ZONE).plusDays(daysFromNow).withHour(10).withMinute(0);
		EventForm form = NetworkFixtures.form("Gastactiviteit " + java.util.UUID.randomUUID(), start,
				start.plusHours(2), capacity, "");
		return NetworkFixtures.event(this.context,
				new EventForm(form.title(), form.summary(), form.type(), form.track(), form.themes(), form.levers(),
						form.venue(), form.municipality(), form.onlineUrl(), form.startsAt(), form.endsAt(),
						form.registrationDeadline(), form.capacity(), form.programme(), form.speakers(),
						form.practices(), true));
	}

	private MvcResult request(NetworkEvent event, String email) throws Exception {
		return this.mvc
			.perform(post("/activiteiten/" + event.getSlug() + "/gast").with(csrf())
				.param("name", "Gast Deelnemer")
				.param("email", email)
				.param("organisation", "Repair Café Mechelen"))
			.andReturn();
	}

	private MvcResult confirm(String token) throws Exception {
		return this.mvc.perform(post("/activiteiten/bevestigen").param("token", token).with(csrf())).andReturn();
	}

	private String confirmToken(String email, NetworkEvent event) {
		Matcher matcher = CONFIRM.matcher(latest(email, event).getBody());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private OutboxMail latest(String email, NetworkEvent event) {
		return this.outbox.to(email)
			.stream()
			.filter((mail) -> mail.getSubject().contains(event.getTitle()))
			.findFirst()
			.orElseThrow();
	}

}
