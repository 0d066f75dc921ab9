package be.lokaalcirculair.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.shared.mail.MailOutbox;
import be.lokaalcirculair.shared.mail.OutboxMail;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Coordinators invite colleagues by e-mail: the mail in the outbox, the link that works
 * once for a new person and for someone with an account, revoked, expired and forged
 * links that change nothing, and a form that reports what is wrong.
 */
@PlatformTest
class InvitationFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MailOutbox outbox;

	@Autowired
	AccountRepository accounts;

	@Autowired
	InvitationRepository invitations;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void aNewPersonFollowsTheLinkRegistersAndIsAMemberAtOnce() throws Exception {
		AccountPrincipal coordinator = coordinator("uitnodiger.kortrijk@example.org", "34022");
		long kortrijk = coordinator.organisationId();
		MvcResult sent = this.mvc
			.perform(post(invitationsPath(kortrijk)).with(csrf())
				.with(user(coordinator))
				.param("emails", "Nieuwe.Collega@Example.org\nnieuwe.collega@example.org")
				.param("message", "Welkom in het team, <b>Jan</b>!"))
			.andExpect(redirectedUrl(invitationsPath(kortrijk)))
			.andReturn();
		this.mvc
			.perform(get(invitationsPath(kortrijk)).with(user(coordinator))
				.flashAttrs(sent.getFlashMap())
				.accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Uitnodiging verstuurd naar: nieuwe.collega@example.org")))
			.andExpect(content().string(containsString("Stond meer dan eens in de lijst")))
			.andExpect(content().string(containsString("Open")));

		List<OutboxMail> mails = this.outbox.to("nieuwe.collega@example.org");
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getSubject()).contains("Kortrijk");
		assertThat(mails.get(0).getBody()).contains("Welkom in het team, <b>Jan</b>!", "14 dagen");
		String token = token(mails.get(0));
		assertThat(this.jdbc.queryForList("select token_hash from invitation where email = ?", String.class,
				"nieuwe.collega@example.org"))
			.as("only a hash of the token is stored")
			.containsExactly(AccountManagement.hash(token));

		this.mvc.perform(get("/uitnodiging").param("token", token).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Maak uw account aan")))
			.andExpect(content().string(containsString("value=\"nieuwe.collega@example.org\" readonly")))
			.andExpect(content().string(containsString("Welkom in het team, &lt;b&gt;Jan&lt;/b&gt;!")));
		this.mvc
			.perform(post("/uitnodiging/registreren").with(csrf())
				.param("token", token)
				.param("displayName", "Nieuwe Collega")
				.param("password", "een-lang-wachtwoord")
				.param("passwordRepeat", "een-lang-wachtwoord")
				.param("email", "iemand.anders@example.org")
				.param("role", "ADMIN")
				.param("organisationId", "1"))
			.andExpect(redirectedUrl("/uitnodiging/welkom"));

		Account joined = this.accounts.findByEmail("nieuwe.collega@example.org").orElseThrow();
		assertThat(joined.isEmailVerified()).as("the link proves the address").isTrue();
		assertThat(joined.getRole()).isEqualTo(Role.MEMBER);
		assertThat(joined.getMembership()).isEqualTo(Membership.APPROVED);
		assertThat(joined.getOrganisationId()).isEqualTo(kortrijk);
		assertThat(joined.isCoordinator()).isFalse();
		assertThat(joined.getMemberSince()).isNotNull();
		assertThat(this.accounts.findByEmail("iemand.anders@example.org")).isEmpty();
		assertThat(this.outbox.to("uitnodiger.kortrijk@example.org")).extracting(OutboxMail::getSubject)
			.contains("Uw uitnodiging is aanvaard");
		this.mvc
			.perform(post("/aanmelden").with(csrf())
				.param("email", "nieuwe.collega@example.org")
				.param("password", "een-lang-wachtwoord"))
			.andExpect(authenticated());

		// the link works once
		this.mvc.perform(get("/uitnodiging").param("token", token).accept(MediaType.TEXT_HTML))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("al gebruikt")));
		this.mvc
			.perform(post("/uitnodiging/registreren").with(csrf())
				.param("token", token)
				.param("displayName", "Indringer")
				.param("password", "een-ander-wachtwoord")
				.param("passwordRepeat", "een-ander-wachtwoord")
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isGone());
		assertThat(this.accounts.findByEmail("nieuwe.collega@example.org").orElseThrow().getDisplayName())
			.isEqualTo("Nieuwe Collega");
		this.mvc.perform(get(invitationsPath(kortrijk)).with(user(coordinator)).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Aanvaard")));
	}

	@Test
	void someoneWithAnAccountLogsInAndJoinsWithTheRightsAtOnce() throws Exception {
		AccountPrincipal coordinator = coordinator("uitnodiger.aalst@example.org", "41002");
		long aalst = coordinator.organisationId();
		AccountPrincipal invitee = AccountFixtures.create(this.context, "bestaand.account@example.org", Role.MEMBER,
				null);
		AccountPrincipal someoneElse = AccountFixtures.create(this.context, "iemand.anders.aalst@example.org",
				Role.MEMBER, null);
		this.mvc.perform(get("/mijn-praktijken/nieuw").with(user(invitee))).andExpect(status().isForbidden());
		String token = invite(coordinator, "Bestaand.Account@example.org");

		this.mvc.perform(get("/uitnodiging").param("token", token).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Aanmelden en lid worden")))
			.andExpect(content().string(not(containsString("Maak uw account aan"))));
		this.mvc.perform(get("/account/uitnodiging").param("token", token)).andExpect(redirectedUrl("/aanmelden"));
		this.mvc.perform(get("/account/uitnodiging").param("token", token).with(user(invitee)))
			.andExpect(redirectedUrl("/uitnodiging?token=" + token));

		this.mvc
			.perform(post("/account/uitnodiging").with(csrf())
				.with(user(someoneElse))
				.param("token", token)
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("u bent aangemeld met een ander adres")));
		assertThat(this.accounts.findByEmail("iemand.anders.aalst@example.org").orElseThrow().getOrganisationId())
			.isNull();

		this.mvc.perform(get("/uitnodiging").param("token", token).with(user(invitee)).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Lid worden van Aalst")));
		this.mvc.perform(post("/account/uitnodiging").with(csrf()).with(user(invitee)).param("token", token))
			.andExpect(redirectedUrl("/account"));
		Account joined = this.accounts.findByEmail("bestaand.account@example.org").orElseThrow();
		assertThat(joined.getMembership()).isEqualTo(Membership.APPROVED);
		assertThat(joined.getOrganisationId()).isEqualTo(aalst);
		// the session that logged in before joining has the member's rights at once
		this.mvc.perform(get("/mijn-praktijken/nieuw").with(user(invitee))).andExpect(status().isOk());
		assertThat(audited("invitation.accepted", joined.getId())).isTrue();
	}

	@Test
	void aMemberOfAnotherOrganisationIsRefusedAndStaysWhereItIs() throws Exception {
		AccountPrincipal coordinator = coordinator("uitnodiger.brugge@example.org", "31005");
		AccountPrincipal elsewhere = coordinator("lid.elders@example.org", "24062");
		String token = invite(coordinator, "lid.elders@example.org");
		this.mvc
			.perform(post("/account/uitnodiging").with(csrf())
				.with(user(elsewhere))
				.param("token", token)
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Uw account hoort al bij Leuven")));
		Account account = this.accounts.findByEmail("lid.elders@example.org").orElseThrow();
		assertThat(account.getOrganisationId()).isEqualTo(elsewhere.organisationId());
		assertThat(account.isCoordinator()).isTrue();
		assertThat(this.invitations.findByTokenHash(AccountManagement.hash(token)).orElseThrow().getState())
			.isEqualTo(Invitation.State.OPEN);
	}

	@Test
	void revokedExpiredAndForgedLinksChangeNothing() throws Exception {
		AccountPrincipal coordinator = coordinator("uitnodiger.gent@example.org", "44021");
		long gent = coordinator.organisationId();
		String revoked = invite(coordinator, "ingetrokken@example.org");
		long revokedId = this.invitations.findByTokenHash(AccountManagement.hash(revoked)).orElseThrow().getId();
		this.mvc
			.perform(post(invitationsPath(gent) + "/" + revokedId + "/intrekken").with(csrf()).with(user(coordinator)))
			.andExpect(redirectedUrl(invitationsPath(gent)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flash", "invitation.revoked"));
		this.mvc
			.perform(post(invitationsPath(gent) + "/" + revokedId + "/intrekken").with(csrf()).with(user(coordinator)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flash", "invitation.not-open"));
		this.mvc.perform(get("/uitnodiging").param("token", revoked).accept(MediaType.TEXT_HTML))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("ingetrokken")));
		register(revoked, "ingetrokken@example.org").andExpect(status().isGone());

		String expired = invite(coordinator, "verlopen@example.org");
		this.jdbc.update("update invitation set expires_at = ? where token_hash = ?",
				Timestamp.from(Instant.now().minusSeconds(60)), AccountManagement.hash(expired));
		this.mvc.perform(get("/uitnodiging").param("token", expired).accept(MediaType.TEXT_HTML))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("verlopen")));
		register(expired, "verlopen@example.org").andExpect(status().isGone());
		this.mvc.perform(get(invitationsPath(gent)).with(user(coordinator)).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Verlopen")))
			.andExpect(content().string(containsString("Ingetrokken")));

		this.mvc.perform(get("/uitnodiging").param("token", "vervalst-" + expired).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("De link is ongeldig")));
		register("x".repeat(500), "vervalst@example.org").andExpect(status().isNotFound());
		assertThat(this.accounts.findByEmail("ingetrokken@example.org")).isEmpty();
		assertThat(this.accounts.findByEmail("verlopen@example.org")).isEmpty();
	}

	@Test
	void aFormWithMistakesSaysWhatIsWrongAndSendsNothing() throws Exception {
		AccountPrincipal coordinator = coordinator("uitnodiger.antwerpen@example.org", "11002");
		long antwerpen = coordinator.organisationId();
		long before = this.invitations.count();
		this.mvc
			.perform(post(invitationsPath(antwerpen)).with(csrf())
				.with(user(coordinator))
				.param("emails", "goed@example.org, geen-adres; ook fout@")
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Er is een probleem")))
			.andExpect(content().string(containsString("Deze adressen zijn niet geldig: geen-adres, ook, fout@.")));
		assertThat(this.outbox.to("goed@example.org")).isEmpty();
		String many = IntStream.rangeClosed(1, 21)
			.mapToObj((i) -> "collega" + i + "@example.org")
			.collect(Collectors.joining("\n"));
		this.mvc
			.perform(post(invitationsPath(antwerpen)).with(csrf())
				.with(user(coordinator))
				.param("emails", many)
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("tot 20 adressen tegelijk")));
		this.mvc
			.perform(post(invitationsPath(antwerpen)).with(csrf())
				.with(user(coordinator))
				.param("emails", " ,; ")
				.param("message", "x".repeat(1001))
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Vul minstens één e-mailadres in.")))
			.andExpect(content().string(containsString("hoogstens 1000 tekens")));
		assertThat(this.invitations.count()).isEqualTo(before);

		// a member is reported, not invited; "Name <address>" as mail programs copy it
		// works
		MvcResult sent = this.mvc
			.perform(post(invitationsPath(antwerpen)).with(csrf())
				.with(user(coordinator))
				.param("emails", "Uitnodiger <Uitnodiger.Antwerpen@example.org>; Els Janssens <els@example.org>"))
			.andExpect(redirectedUrl(invitationsPath(antwerpen)))
			.andReturn();
		this.mvc
			.perform(get(invitationsPath(antwerpen)).with(user(coordinator))
				.flashAttrs(sent.getFlashMap())
				.accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString(
					"Niet uitgenodigd, want al lid van uw organisatie: uitnodiger.antwerpen@example.org")))
			.andExpect(content().string(containsString("Uitnodiging verstuurd naar: els@example.org.")));
		assertThat(this.outbox.to("uitnodiger.antwerpen@example.org")).isEmpty();
		assertThat(this.outbox.to("els@example.org")).hasSize(1);

		// inviting again replaces the open invitation: the first link no longer works
		String first = token(this.outbox.to("els@example.org").get(0));
		String second = invite(coordinator, "els@example.org");
		assertThat(second).isNotEqualTo(first);
		this.mvc.perform(get("/uitnodiging").param("token", first).accept(MediaType.TEXT_HTML))
			.andExpect(status().isGone());
		this.mvc.perform(get("/uitnodiging").param("token", second).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk());
	}

	@Test
	void anOrganisationSendsAtMostAHundredInvitationsADay() throws Exception {
		AccountPrincipal coordinator = coordinator("uitnodiger.roeselare@example.org", "36015");
		long roeselare = coordinator.organisationId();
		for (int round = 0; round < Invitations.MAX_PER_DAY / InvitationForm.MAX_ADDRESSES; round++) {
			int from = round * InvitationForm.MAX_ADDRESSES;
			this.mvc
				.perform(post(invitationsPath(roeselare)).with(csrf())
					.with(user(coordinator))
					.param("emails",
							IntStream.range(from, from + InvitationForm.MAX_ADDRESSES)
								.mapToObj((i) -> "massa" + i + "@example.org")
								.collect(Collectors.joining(","))))
				.andExpect(redirectedUrl(invitationsPath(roeselare)));
		}
		this.mvc
			.perform(post(invitationsPath(roeselare)).with(csrf())
				.with(user(coordinator))
				.param("emails", "een.te.veel@example.org")
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("hoogstens 100 uitnodigingen per dag")));
		assertThat(this.outbox.to("een.te.veel@example.org")).isEmpty();
	}

	@Test
	void aCoordinatorNeverSeesOrTouchesAnotherOrganisationsInvitations() throws Exception {
		AccountPrincipal coordinatorA = coordinator("uitnodiger.genk@example.org", "71016");
		AccountPrincipal coordinatorB = coordinator("uitnodiger.oostende@example.org", "35013");
		long a = coordinatorA.organisationId();
		long b = coordinatorB.organisationId();
		String token = invite(coordinatorA, "genk.collega@example.org");
		long invitationId = this.invitations.findByTokenHash(AccountManagement.hash(token)).orElseThrow().getId();

		this.mvc.perform(get(invitationsPath(a)).with(user(coordinatorB))).andExpect(status().isForbidden());
		this.mvc
			.perform(post(invitationsPath(a)).with(csrf()).with(user(coordinatorB)).param("emails", "x@example.org"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(invitationsPath(a) + "/" + invitationId + "/intrekken").with(csrf()).with(user(coordinatorB)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(invitationsPath(b) + "/" + invitationId + "/intrekken").with(csrf()).with(user(coordinatorB)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(invitationsPath(b)).with(user(coordinatorB)).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(not(containsString("genk.collega@example.org"))));
		assertThat(this.invitations.findById(invitationId).orElseThrow().getState()).isEqualTo(Invitation.State.OPEN);
		assertThat(this.outbox.to("x@example.org")).isEmpty();

		AccountPrincipal editor = AccountFixtures.create(this.context, "redacteur.uitnodigingen@example.org",
				Role.EDITOR, null);
		this.mvc.perform(get(invitationsPath(a)).with(user(editor)).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("genk.collega@example.org")));
	}

	@Test
	void invitationsAreInTheDataOfThePersonAndGoWithTheAccountOrAfterThreeMonths() throws Exception {
		AccountPrincipal coordinator = coordinator("uitnodiger.ieper@example.org", "33011");
		AccountPrincipal invitee = AccountFixtures.create(this.context, "ieper.collega@example.org", Role.MEMBER, null);
		String token = invite(coordinator, "ieper.collega@example.org");
		this.mvc.perform(get("/account/mijn-gegevens").with(user(invitee)))
			.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.invitations.length()")
						.value(1));

		this.mvc.perform(post("/account/verwijderen").with(csrf()).with(user(coordinator)).param("bevestiging", "ja"))
			.andExpect(redirectedUrl("/?verwijderd"));
		Invitation invitation = this.invitations.findByTokenHash(AccountManagement.hash(token)).orElseThrow();
		assertThat(invitation.getInvitedBy()).as("no longer names the erased inviter").isNull();
		this.mvc.perform(post("/account/verwijderen").with(csrf()).with(user(invitee)).param("bevestiging", "ja"))
			.andExpect(redirectedUrl("/?verwijderd"));
		assertThat(this.invitations.findById(invitation.getId())).as("gone with the invited person's account")
			.isEmpty();

		AccountPrincipal other = coordinator("uitnodiger.poperinge@example.org", "33021");
		String old = invite(other, "oud@example.org");
		String recent = invite(other, "recent@example.org");
		this.jdbc.update("update invitation set expires_at = ? where token_hash = ?",
				Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(91))), AccountManagement.hash(old));
		this.jdbc.update("update invitation set expires_at = ? where token_hash = ?",
				Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(89))), AccountManagement.hash(recent));
		this.context.getBean(Retention.class).purge(Instant.now());
		assertThat(this.invitations.findByTokenHash(AccountManagement.hash(old))).isEmpty();
		assertThat(this.invitations.findByTokenHash(AccountManagement.hash(recent))).isPresent();
	}

	/** A coordinator of the municipality, with a fresh principal. */
	private AccountPrincipal coordinator(String email, String municipality) {
		return AccountFixtures.create(this.context, email, Role.MEMBER, municipality);
	}

	/** Invites one address and returns the token from the mail. */
	private String invite(AccountPrincipal coordinator, String email) throws Exception {
		this.mvc
			.perform(post(invitationsPath(coordinator.organisationId())).with(csrf())
				.with(user(coordinator))
				.param("emails", email))
			.andExpect(redirectedUrl(invitationsPath(coordinator.organisationId())));
		return token(this.outbox.to(Account.normalise(email)).get(0));
	}

	private org.springframework.test.web.servlet.ResultActions register(String token, String email) throws Exception {
		org.springframework.test.web.servlet.ResultActions result = this.mvc
			.perform(post("/uitnodiging/registreren").with(csrf())
				.param("token", token)
				.param("displayName", "Iemand")
				.param("password", "een-lang-wachtwoord")
				.param("passwordRepeat", "een-lang-wachtwoord")
				.accept(MediaType.TEXT_HTML));
		assertThat(this.accounts.findByEmail(email)).isEmpty();
		return result;
	}

	private boolean audited(String action, long actorId) {
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("select action from audit_log where actor_id = ? and action = ?", actorId, action);
		return !rows.isEmpty();
	}

	private static String invitationsPath(long organisationId) {
		return "/beheer/organisaties/" + organisationId + "/leden/uitnodigingen";
	}

	private static String token(OutboxMail mail) {
		Matcher matcher = Pattern.compile("/uitnodiging\\?token=([A-Za-z0-9_-]+)").matcher(mail.getBody());
		assertThat(matcher.find()).as("a link in the mail").isTrue();
		return matcher.group(1);
	}

}
