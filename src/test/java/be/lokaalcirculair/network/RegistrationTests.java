package be.lokaalcirculair.network;

import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.shared.mail.MailOutbox;
import be.lokaalcirculair.shared.mail.OutboxMail;
import be.lokaalcirculair.shared.web.Ui;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Members register on the event page; when it is full they wait; a cancellation gives the
 * seat to the first in line, who gets a mail with a valid {@code .ics}. Bad requests get
 * a clear message and change nothing.
 */
@PlatformTest
class RegistrationTests {

	private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MailOutbox outbox;

	@Autowired
	RegistrationManagement registrations;

	@Test
	void aMemberOnTheWaitingListIsPromotedWhenSomeoneCancelsByTheLinkInTheMail() throws Exception {
		NetworkEvent event = NetworkFixtures.event(this.context, 1, 14);
		AccountPrincipal first = member("netwerk.eerste.deelnemer@example.org");
		AccountPrincipal second = member("netwerk.tweede.deelnemer@example.org");

		assertThat(register(event, first).getResponse().getRedirectedUrl())
			.isEqualTo("/activiteiten/" + event.getSlug());
		OutboxMail confirmation = latestMail(first, event);
		assertThat(confirmation.getSubject()).startsWith("Ingeschreven");
		assertThat(confirmation.getAttachment().fileName()).isEqualTo(event.getSlug() + ".ics");
		EventCalendarTests.parsed(confirmation.getAttachment().content());

		register(event, second);
		assertThat(latestMail(second, event).getSubject()).startsWith("Op de wachtlijst");
		assertThat(this.registrations.confirmed(event.getId())).isEqualTo(1);
		assertThat(this.registrations.waiting(event.getId())).isEqualTo(1);
		assertThat(page(event, second)).contains("U staat op de wachtlijst");

		String token = token(confirmation);
		assertThat(this.mvc.perform(get("/activiteiten/uitschrijven").param("token", token))
			.andReturn()
			.getResponse()
			.getStatus()).as("opening the link changes nothing").isEqualTo(200);
		assertThat(this.registrations.confirmed(event.getId())).isEqualTo(1);
		MvcResult cancelled = this.mvc.perform(post("/activiteiten/uitschrijven").param("token", token).with(csrf()))
			.andReturn();
		assertThat(cancelled.getResponse().getRedirectedUrl()).isEqualTo("/activiteiten/" + event.getSlug());

		OutboxMail promotion = latestMail(second, event);
		assertThat(promotion.getSubject()).startsWith("Er is een plaats vrij");
		Calendar calendar = EventCalendarTests.parsed(promotion.getAttachment().content());
		VEvent entry = calendar.<VEvent>getComponents("VEVENT").get(0);
		assertThat(EventCalendarTests.value(entry, Property.UID)).isEqualTo("event-" + event.getId() + "@localhost");
		assertThat(this.registrations.of(event.getId(), second.id()).orElseThrow().getStatus())
			.isEqualTo(Registration.Status.CONFIRMED);
		assertThat(this.registrations.of(event.getId(), first.id()).orElseThrow().getStatus())
			.isEqualTo(Registration.Status.CANCELLED);
		assertThat(this.mvc.perform(post("/activiteiten/uitschrijven").param("token", token).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).as("a used link").isEqualTo(404);
	}

	@Test
	void cancellingOnThePageFreesTheSeatForTheNextInLine() throws Exception {
		NetworkEvent event = NetworkFixtures.event(this.context, 1, 7);
		AccountPrincipal holder = member("netwerk.paginahouder@example.org");
		AccountPrincipal waiting = member("netwerk.paginawachter@example.org");
		register(event, holder);
		register(event, waiting);
		this.mvc.perform(post("/activiteiten/" + event.getSlug() + "/uitschrijving").with(user(holder)).with(csrf()));
		assertThat(this.registrations.of(event.getId(), waiting.id()).orElseThrow().getStatus())
			.isEqualTo(Registration.Status.CONFIRMED);
		assertThat(register(event, holder).getResponse().getRedirectedUrl()).as("back, at the end of the queue")
			.isNotNull();
		assertThat(this.registrations.of(event.getId(), holder.id()).orElseThrow().getStatus())
			.isEqualTo(Registration.Status.WAITING);
	}

	@Test
	void theOnlineLinkIsShownOnlyToParticipantsWithASeat() throws Exception {
		LocalDateTime start = LocalDateTime.now(Ui.ZONE).plusDays(5);
		NetworkEvent event = NetworkFixtures.event(this.context, NetworkFixtures.form("Online sessie voor de test",
				start, start.plusHours(1), 5, "https://meet.example.org/alleen-voor-deelnemers"));
		AccountPrincipal member = member("netwerk.online.deelnemer@example.org");
		assertThat(this.mvc.perform(get("/activiteiten/" + event.getSlug()))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("alleen-voor-deelnemers");
		assertThat(page(event, member)).doesNotContain("alleen-voor-deelnemers");
		register(event, member);
		assertThat(page(event, member)).contains("https://meet.example.org/alleen-voor-deelnemers");
	}

	@Test
	void registeringTwiceLateForACancelledOrPastEventIsRefusedAndChangesNothing() throws Exception {
		AccountPrincipal member = member("netwerk.geweigerd@example.org");
		NetworkEvent open = NetworkFixtures.event(this.context, 10, 3);
		register(open, member);
		int mails = this.outbox.to("netwerk.geweigerd@example.org").size();
		MvcResult twice = register(open, member);
		assertThat(twice.getResponse().getStatus()).isEqualTo(409);
		assertThat(twice.getResponse().getContentAsString()).contains("U bent al ingeschreven voor deze activiteit.");
		assertThat(this.registrations.confirmed(open.getId())).isEqualTo(1);

		NetworkEvent past = NetworkFixtures.event(this.context, 10, -2);
		assertThat(register(past, member).getResponse().getContentAsString()).contains("al begonnen of voorbij");

		LocalDateTime start = LocalDateTime.now(Ui.ZONE).plusDays(3);
		EventForm closedForm = NetworkFixtures.form("Afgesloten inschrijving", start, start.plusHours(1), 10, "");
		closedForm = new EventForm(closedForm.title(), closedForm.summary(), closedForm.type(), closedForm.track(),
				closedForm.themes(), closedForm.levers(), closedForm.venue(), closedForm.municipality(),
				closedForm.onlineUrl(), closedForm.startsAt(), closedForm.endsAt(),
				LocalDateTime.now(Ui.ZONE).minusHours(1).toString(), closedForm.capacity(), "", "", "", false);
		NetworkEvent closed = NetworkFixtures.event(this.context, closedForm);
		MvcResult late = register(closed, member);
		assertThat(late.getResponse().getStatus()).isEqualTo(409);
		assertThat(late.getResponse().getContentAsString()).contains("afgesloten");

		NetworkEvent cancelled = NetworkFixtures.event(this.context, 10, 4);
		this.context.getBean(EventManagement.class).cancel(cancelled.getId());
		assertThat(register(cancelled, member).getResponse().getContentAsString()).contains("geannuleerd");

		assertThat(List.of(past, closed, cancelled))
			.allSatisfy((event) -> assertThat(this.registrations.of(event.getId(), member.id())).isEmpty());
		assertThat(this.outbox.to("netwerk.geweigerd@example.org")).hasSize(mails);
	}

	@Test
	void aForgedEventIsNotFoundAndAVisitorMustLogIn() throws Exception {
		AccountPrincipal member = member("netwerk.vervalst@example.org");
		assertThat(this.mvc.perform(post("/activiteiten/bestaat-niet/inschrijving").with(user(member)).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(post("/activiteiten/..%2Fbeheer/inschrijving").with(user(member)).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isIn(400, 404);
		NetworkEvent event = NetworkFixtures.event(this.context, 10, 3);
		MvcResult visitor = this.mvc.perform(post("/activiteiten/" + event.getSlug() + "/inschrijving").with(csrf()))
			.andReturn();
		assertThat(visitor.getResponse().getRedirectedUrl()).endsWith("/aanmelden");
		assertThat(this.registrations.confirmed(event.getId())).isZero();
	}

	private AccountPrincipal member(String email) {
		return AccountFixtures.create(this.context, email, Role.MEMBER, "12025");
	}

	private MvcResult register(NetworkEvent event, AccountPrincipal person) throws Exception {
		return this.mvc
			.perform(post("/activiteiten/" + event.getSlug() + "/inschrijving").with(user(person)).with(csrf()))
			.andReturn();
	}

	private String page(NetworkEvent event, AccountPrincipal person) throws Exception {
		return this.mvc.perform(get("/activiteiten/" + event.getSlug()).with(user(person)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private OutboxMail latestMail(AccountPrincipal person, NetworkEvent event) {
		return this.outbox.to(person.getUsername())
			.stream()
			.filter((mail) -> mail.getSubject().contains(event.getTitle()))
			.findFirst()
			.orElseThrow();
	}

	private static String token(OutboxMail mail) {
		Matcher matcher = TOKEN.matcher(mail.getBody());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
