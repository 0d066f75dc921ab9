package be.lokaalcirculair.network;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.organisation.Organisations;
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
 * The two levels of the network: an organisation's coordinator joins the open inspiration
 * network at once and asks to join the deepening network; an editor decides, the
 * requester gets a mail; a person is named on the member list only with their consent,
 * and nobody's address is ever shown. Each test uses an organisation of its own.
 */
@PlatformTest
class NetworkLevelsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MailOutbox outbox;

	@Autowired
	Organisations organisations;

	@Test
	void aCoordinatorJoinsTheOpenLevelAtOnceAndLeavesIt() throws Exception {
		AccountPrincipal coordinator = coordinator("levels.leuven@example.org", "24062");
		String listed = memberLink("24062");
		assertThat(page("/netwerk/inspiratie", null)).doesNotContain(listed);

		assertThat(send(post("/netwerk/inspiratie/deelnemen"), coordinator).getResponse().getRedirectedUrl())
			.isEqualTo("/netwerk/inspiratie");
		assertThat(page("/netwerk/inspiratie", null)).contains(listed);
		assertThat(page("/netwerk/verdieping", null)).doesNotContain(listed);
		assertThat(page("/netwerk/inspiratie", coordinator)).contains("Leuven is lid van dit netwerk.");

		MvcResult again = send(post("/netwerk/inspiratie/deelnemen"), coordinator);
		assertThat(again.getResponse().getStatus()).isEqualTo(409);
		assertThat(again.getResponse().getContentAsString()).contains("al lid van dit netwerk");
		assertThat(count("select count(*) from network_level_member where organisation_id = ?",
				coordinator.organisationId()))
			.isEqualTo(1);

		send(post("/netwerk/inspiratie/verlaten"), coordinator);
		assertThat(page("/netwerk/inspiratie", null)).doesNotContain(listed);
	}

	@Test
	void theDeepeningLevelIsJoinedOnRequestAndASecondPendingRequestIsRefused() throws Exception {
		AccountPrincipal coordinator = coordinator("levels.sint-niklaas@example.org", "46021");

		MvcResult direct = send(post("/netwerk/verdieping/deelnemen"), coordinator);
		assertThat(direct.getResponse().getStatus()).isEqualTo(409);
		assertThat(direct.getResponse().getContentAsString()).contains("op aanvraag");

		MvcResult empty = send(post("/netwerk/verdieping/aanvragen").param("motivation", " "), coordinator);
		assertThat(empty.getResponse().getStatus()).isEqualTo(400);
		assertThat(empty.getResponse().getContentAsString()).contains("id=\"motivation-error\"");
		assertThat(pending(coordinator)).isZero();

		assertThat(request(coordinator, "Wij willen circulair aankopen verdiepen.").getResponse().getRedirectedUrl())
			.isEqualTo("/netwerk/verdieping");
		assertThat(page("/netwerk/verdieping", coordinator)).contains("wacht op een beslissing")
			.doesNotContain("name=\"motivation\"");

		MvcResult duplicate = request(coordinator, "Nog een keer, met een organisatie-breed id en een statusveld.");
		assertThat(duplicate.getResponse().getStatus()).isEqualTo(409);
		assertThat(duplicate.getResponse().getContentAsString())
			.contains("Er wacht al een aanvraag van uw organisatie op een beslissing.");
		assertThat(pending(coordinator)).isEqualTo(1);
		assertThat(page("/netwerk/verdieping", null)).doesNotContain(memberLink("46021"));
	}

	@Test
	void anEditorApprovesARequestThenTheOrganisationIsListedAndTheRequesterGetsAMail() throws Exception {
		AccountPrincipal coordinator = coordinator("levels.turnhout@example.org", "13040");
		AccountPrincipal editor = AccountFixtures.create(this.context, "levels.editor@example.org", Role.EDITOR, null);
		request(coordinator, "Wij willen onze aankopen circulair maken.");
		long id = requestId(coordinator);
		assertThat(page("/beheer/netwerk", editor)).contains("Wij willen onze aankopen circulair maken.")
			.contains("/beheer/netwerk/aanvragen/" + id);

		MvcResult decided = send(post("/beheer/netwerk/aanvragen/" + id).param("besluit", "goedkeuren"), editor);
		assertThat(decided.getResponse().getRedirectedUrl()).isEqualTo("/beheer/netwerk");
		assertThat(page("/netwerk/verdieping", null)).contains(memberLink("13040"));
		assertThat(page("/netwerk/verdieping", coordinator)).contains("Turnhout is lid van dit netwerk.");
		List<OutboxMail> mails = this.outbox.to("levels.turnhout@example.org");
		assertThat(mails).extracting(OutboxMail::getSubject).contains("Welkom in het Verdiepingsnetwerk");
		assertThat(mails.get(mails.size() - 1).getBody()).contains("Turnhout is aangesloten")
			.contains("/netwerk/verdieping");

		MvcResult twice = send(post("/beheer/netwerk/aanvragen/" + id).param("besluit", "weigeren"), editor);
		assertThat(twice.getResponse().getStatus()).isEqualTo(409);
		assertThat(twice.getResponse().getContentAsString()).contains("al beslist");
		assertThat(page("/netwerk/verdieping", null)).contains(memberLink("13040"));

		// the editor removes it again, after a confirmation
		long organisation = coordinator.organisationId();
		String removal = "/beheer/netwerk/verdieping/leden/" + organisation + "/verwijderen";
		assertThat(page(removal, editor)).contains("Ja, verwijderen");
		assertThat(page("/netwerk/verdieping", null)).contains(memberLink("13040"));
		send(post(removal), editor);
		assertThat(page("/netwerk/verdieping", null)).doesNotContain(memberLink("13040"));
		assertThat(send(get(removal), editor).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aRefusalWithAReasonIsMailedAndShownAndANewRequestIsPossible() throws Exception {
		AccountPrincipal coordinator = coordinator("levels.schoten@example.org", "11040");
		AccountPrincipal editor = AccountFixtures.create(this.context, "levels.editor@example.org", Role.EDITOR, null);
		request(coordinator, "Wij beginnen net.");
		long id = requestId(coordinator);

		send(post("/beheer/netwerk/aanvragen/" + id).param("besluit", "weigeren")
			.param("reden", "Begin eerst in het inspiratienetwerk."), editor);

		assertThat(this.outbox.to("levels.schoten@example.org")).anySatisfy((mail) -> {
			assertThat(mail.getSubject()).isEqualTo("Uw aanvraag voor het Verdiepingsnetwerk");
			assertThat(mail.getBody()).contains("niet aanvaard").contains("Begin eerst in het inspiratienetwerk.");
		});
		assertThat(page("/netwerk/verdieping", null)).doesNotContain(memberLink("11040"));
		assertThat(page("/netwerk/verdieping", coordinator)).contains("geweigerd")
			.contains("Begin eerst in het inspiratienetwerk.")
			.contains("name=\"motivation\"");
		assertThat(request(coordinator, "Nu hebben we een plan.").getResponse().getRedirectedUrl())
			.isEqualTo("/netwerk/verdieping");
		assertThat(pending(coordinator)).isEqualTo(1);
	}

	@Test
	void aPersonIsNamedOnlyWithConsentAndNoAddressIsEverShown() throws Exception {
		AccountPrincipal coordinator = coordinator("levels.bree@example.org", "72004");
		this.jdbc.update("update account set display_name = 'Anna Breemans' where id = ?", coordinator.id());
		send(post("/netwerk/inspiratie/deelnemen"), coordinator);
		assertThat(page("/netwerk/inspiratie", null)).contains(memberLink("72004")).doesNotContain("Anna Breemans");

		send(post("/netwerk/inspiratie/toestemming").param("toon", "ja"), coordinator);
		String visitorSees = page("/netwerk/inspiratie", null);
		assertThat(visitorSees).contains("Anna Breemans").doesNotContain("levels.bree@example.org");
		assertThat(page("/netwerk/inspiratie", coordinator)).contains("checked");
		// consent is per level
		assertThat(page("/netwerk/verdieping", null)).doesNotContain("Anna Breemans");

		// a name that is an address (as an issuer may give) is never shown
		this.jdbc.update("update account set display_name = email where id = ?", coordinator.id());
		assertThat(page("/netwerk/inspiratie", null)).contains(memberLink("72004"))
			.doesNotContain("levels.bree@example.org");
		this.jdbc.update("update account set display_name = 'Anna Breemans' where id = ?", coordinator.id());

		send(post("/netwerk/inspiratie/toestemming"), coordinator);
		assertThat(page("/netwerk/inspiratie", null)).contains(memberLink("72004")).doesNotContain("Anna Breemans");
		assertThat(page("/netwerk", null)).doesNotContain("levels.bree@example.org");
	}

	@Test
	void onlyEditorsDecideAndOnlyCoordinatorsActForTheirOrganisation() throws Exception {
		AccountPrincipal coordinator = coordinator("levels.hasselt@example.org", "71072");
		AccountPrincipal other = coordinator("levels.mechelen@example.org", "12025");
		request(coordinator, "Wij willen deelnemen.");
		long id = requestId(coordinator);

		assertThat(send(post("/beheer/netwerk/aanvragen/" + id).param("besluit", "goedkeuren"), other).getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(
				send(post("/beheer/netwerk/aanvragen/" + id).param("besluit", "goedkeuren"), coordinator).getResponse()
					.getStatus())
			.isEqualTo(403);
		assertThat(send(get("/beheer/netwerk"), other).getResponse().getStatus()).isEqualTo(403);
		assertThat(pending(coordinator)).isEqualTo(1);

		// a member who does not coordinate sees why and cannot act
		this.jdbc.update("update account set coordinator = false where id = ?", other.id());
		assertThat(page("/netwerk/inspiratie", other)).contains("Alleen de coördinatoren");
		assertThat(send(post("/netwerk/inspiratie/deelnemen"), other).getResponse().getStatus()).isEqualTo(403);
		assertThat(
				send(post("/netwerk/verdieping/aanvragen").param("motivation", "x"), other).getResponse().getStatus())
			.isEqualTo(403);
		this.jdbc.update("update account set coordinator = true where id = ?", other.id());
	}

	@Test
	void consentAndRequestsAreInTheDataExportAndErasureRemovesTheConsent() throws Exception {
		AccountPrincipal person = coordinator("levels.te-wissen@example.org", "11002");
		send(post("/netwerk/inspiratie/toestemming").param("toon", "ja"), person);
		request(person, "Wij willen verdiepen.");
		String export = this.mvc.perform(get("/account/mijn-gegevens").with(user(person)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(export).contains("\"networkConsents\"").contains("inspiratie").contains("Wij willen verdiepen.");

		send(post("/account/verwijderen").param("bevestiging", "ja"), person);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (count("select count(*) from network_level_consent where account_id = ?", person.id()) > 0
				&& Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
		assertThat(count("select count(*) from network_level_consent where account_id = ?", person.id())).isZero();
		while (count("select count(*) from network_level_request where requester_account_id = ?", person.id()) > 0
				&& Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
		assertThat(count("select count(*) from network_level_request where requester_account_id = ?", person.id()))
			.isZero();
		// the organisation's request stays, for the editors to decide
		assertThat(count("select count(*) from network_level_request where organisation_id = ? and status = 'PENDING'",
				person.organisationId()))
			.isEqualTo(1);
	}

	@Test
	void theLevelPagesShowTheEventsOfTheirTracks() throws Exception {
		// starts sooner than the events other tests leave behind, so it is among the few
		// shown
		LocalDateTime soon = LocalDateTime.now(Ui.ZONE).plusMinutes(10).withSecond(0).withNano(0);
		NetworkEvent forStarters = NetworkFixtures.event(this.context,
				NetworkFixtures.form("Starters " + UUID.randomUUID(), soon, soon.plusHours(2), 10, ""));
		assertThat(forStarters.getTrack()).isEqualTo(Track.STARTERS);
		assertThat(page("/netwerk/inspiratie", null)).contains(forStarters.getTitle());
		assertThat(page("/netwerk/verdieping", null)).doesNotContain(forStarters.getTitle());
		assertThat(page("/netwerk", null)).contains("/netwerk/inspiratie").contains("/netwerk/verdieping");
		assertThat(send(get("/netwerk/bestaat-niet"), null).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theLevelPageListsThePublicMaterialsOfPastEvents() throws Exception {
		NetworkEvent past = NetworkFixtures.event(this.context, 10, -3);
		EventMaterials materials = this.context.getBean(EventMaterials.class);
		assertThat(materials.addLink(past.getId(),
				new MaterialLinkForm("Slides voor iedereen", "https://example.org/slides", false)))
			.isEmpty();
		assertThat(materials.addLink(past.getId(),
				new MaterialLinkForm("Deelnemerslijst", "https://example.org/alleen-deelnemers", true)))
			.isEmpty();

		String page = page("/netwerk/inspiratie", null);
		assertThat(page).contains(past.getTitle())
			.contains("https://example.org/slides")
			.contains("Slides voor iedereen");
		assertThat(page).doesNotContain("alleen-deelnemers").doesNotContain("Deelnemerslijst");
		assertThat(page("/netwerk/verdieping", null)).doesNotContain("Slides voor iedereen");
	}

	private AccountPrincipal coordinator(String email, String municipality) {
		return AccountFixtures.create(this.context, email, Role.MEMBER, municipality);
	}

	private String memberLink(String municipality) {
		return "href=\"/organisaties/"
				+ this.organisations.organisationOfMunicipality(municipality).orElseThrow().getSlug() + "\"";
	}

	private MvcResult request(AccountPrincipal person, String motivation) throws Exception {
		return send(post("/netwerk/verdieping/aanvragen").param("motivation", motivation), person);
	}

	private long pending(AccountPrincipal person) {
		return count("select count(*) from network_level_request where organisation_id = ? and status = 'PENDING'",
				person.organisationId());
	}

	private long requestId(AccountPrincipal person) {
		return this.jdbc.queryForObject(
				"select max(id) from network_level_request where organisation_id = ? and status = 'PENDING'",
				Long.class, person.organisationId());
	}

	private String page(String path, AccountPrincipal person) throws Exception {
		MvcResult result = send(get(path), person);
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private MvcResult send(MockHttpServletRequestBuilder request, AccountPrincipal person) throws Exception {
		request.with(csrf()).accept(org.springframework.http.MediaType.TEXT_HTML);
		return this.mvc.perform((person != null) ? request.with(user(person)) : request).andReturn();
	}

	private long count(String sql, long id) {
		return this.jdbc.queryForObject(sql, Long.class, id);
	}

}
