package be.lokaalcirculair.network;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.network.Registration.Status;
import be.lokaalcirculair.network.RegistrationManagement.Participant;
import be.lokaalcirculair.shared.mail.MailOutbox;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * QUALITY.md S18 for the learning network: "download my data" lists a person's
 * registrations; erasing the person removes them and gives the freed seat to the first in
 * line, who gets a mail.
 */
@PlatformTest
class ParticipantErasureTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	RegistrationManagement registrations;

	@Autowired
	MailOutbox outbox;

	@Test
	void theExportListsTheRegistrationsAndErasingPromotesTheWaitingList() throws Exception {
		NetworkEvent event = NetworkFixtures.event(this.context, 1, 9);
		AccountPrincipal leaving = AccountFixtures.create(this.context, "netwerk.vertrekker@example.org", Role.MEMBER,
				"12025");
		AccountPrincipal waiting = AccountFixtures.create(this.context, "netwerk.wachtende@example.org", Role.MEMBER,
				"12025");
		this.registrations.register(event.getId(), new Participant(leaving.id(), leaving.getUsername(), "Vertrekker"));
		this.registrations.register(event.getId(), new Participant(waiting.id(), waiting.getUsername(), "Wachtende"));
		assertThat(this.registrations.waiting(event.getId())).isEqualTo(1);

		this.mvc.perform(get("/account/mijn-gegevens").with(user(leaving)))
			.andExpect(jsonPath("$.eventRegistrations.length()").value(1))
			.andExpect(jsonPath("$.eventRegistrations[0].title").value(event.getTitle()))
			.andExpect(jsonPath("$.eventRegistrations[0].status").value("CONFIRMED"));

		this.mvc.perform(post("/account/verwijderen").with(csrf()).with(user(leaving)).param("bevestiging", "ja"))
			.andExpect(redirectedUrl("/?verwijderd"));
		assertThat(this.registrations.of(event.getId(), leaving.id())).isEmpty();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (this.registrations.waiting(event.getId()) > 0 && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
		assertThat(this.registrations.of(event.getId(), waiting.id()).orElseThrow().getStatus())
			.isEqualTo(Status.CONFIRMED);
		assertThat(this.registrations.confirmed(event.getId())).isEqualTo(1);
		assertThat(this.outbox.to(waiting.getUsername()).get(0).getSubject()).startsWith("Er is een plaats vrij")
			.contains(event.getTitle());
	}

}
