package be.lokaalcirculair.account;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.shared.mail.MailOutbox;
import be.lokaalcirculair.shared.mail.OutboxMail;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A new user registers, verifies the address, logs in, asks to join an organisation and
 * is approved.
 */
@PlatformTest
class AccountFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MailOutbox outbox;

	@Autowired
	AccountRepository accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	ApplicationContext context;

	@Test
	void registerVerifyLogInJoinAndBeApproved() throws Exception {
		String email = "an.peeters@example.org";
		this.mvc
			.perform(post("/registreren").with(csrf())
				.param("displayName", "An Peeters")
				.param("email", "An.Peeters@Example.org ")
				.param("password", "correct paard batterij")
				.param("passwordRepeat", "correct paard batterij")
				.param("role", "ADMIN")
				.param("organisationId", "1")
				.param("emailVerified", "true"))
			.andExpect(redirectedUrl("/registreren/verstuurd"));
		Account account = this.accounts.findByEmail(email).orElseThrow();
		assertThat(account.getRole()).isEqualTo(Role.MEMBER);
		assertThat(account.getOrganisationId()).isNull();
		assertThat(account.isEmailVerified()).isFalse();
		assertThat(account.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("batterij");

		this.mvc
			.perform(post("/aanmelden").with(csrf()).param("email", email).param("password", "correct paard batterij"))
			.andExpect(redirectedUrl("/aanmelden?onbevestigd"))
			.andExpect(unauthenticated());

		String token = token(this.outbox.to(email));
		this.mvc.perform(get("/registreren/bevestigen").param("token", token).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("bevestigd")));
		this.mvc.perform(get("/registreren/bevestigen").param("token", token).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Deze link werkt niet")));

		this.mvc
			.perform(post("/aanmelden").with(csrf()).param("email", email).param("password", "correct paard batterij"))
			.andExpect(redirectedUrl("/account"))
			.andExpect(authenticated());

		AccountPrincipal principal = new AccountPrincipal(this.accounts.findByEmail(email).orElseThrow());
		long mechelen = this.organisations.organisationOfMunicipality("12025").orElseThrow().getId();
		this.mvc
			.perform(post("/account/organisatie").with(csrf())
				.with(user(principal))
				.param("organisatie", String.valueOf(mechelen)))
			.andExpect(redirectedUrl("/account"));
		assertThat(this.accounts.findByEmail(email).orElseThrow().getMembership()).isEqualTo(Membership.REQUESTED);

		AccountPrincipal outsider = AccountFixtures.create(this.context, "buiten@example.org", Role.MEMBER, "44021");
		this.mvc
			.perform(post("/beheer/lidmaatschappen/" + account.getId()).with(csrf())
				.with(user(outsider))
				.param("besluit", "goedkeuren"))
			.andExpect(status().isForbidden());

		AccountPrincipal coordinator = AccountFixtures.create(this.context, "coordinator.mechelen@example.org",
				Role.MEMBER, "12025");
		this.mvc.perform(get("/beheer/lidmaatschappen").with(user(coordinator)).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("An Peeters")));
		this.mvc
			.perform(post("/beheer/lidmaatschappen/" + account.getId()).with(csrf())
				.with(user(coordinator))
				.param("besluit", "goedkeuren"))
			.andExpect(redirectedUrl("/beheer/lidmaatschappen"));
		Account approved = this.accounts.findByEmail(email).orElseThrow();
		assertThat(approved.getMembership()).isEqualTo(Membership.APPROVED);
		assertThat(approved.getOrganisationId()).isEqualTo(mechelen);
		assertThat(this.outbox.to(email)).extracting(OutboxMail::getSubject).anyMatch((s) -> s.contains("lid"));
	}

	@Test
	@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
	void logsNeverHoldAddressesPasswordsOrTokens(org.springframework.boot.test.system.CapturedOutput output)
			throws Exception {
		this.mvc
			.perform(post("/registreren").with(csrf())
				.param("displayName", "Logboek Test")
				.param("email", "logboek.geheim@example.org")
				.param("password", "geheim-wachtwoord-123")
				.param("passwordRepeat", "geheim-wachtwoord-123"))
			.andExpect(redirectedUrl("/registreren/verstuurd"));
		String token = token(this.outbox.to("logboek.geheim@example.org"));
		this.mvc.perform(get("/registreren/bevestigen").param("token", token));
		this.mvc.perform(post("/aanmelden").with(csrf())
			.param("email", "logboek.geheim@example.org")
			.param("password", "fout-wachtwoord\r\nFAKE LOG LINE"));
		assertThat(output.getAll()).doesNotContain("logboek.geheim@example.org", "geheim-wachtwoord-123", token,
				"FAKE LOG LINE");
	}

	@Test
	void loggingInGivesANewSessionAndLoggingOutEndsIt() throws Exception {
		AccountFixtures.create(this.context, "sessie@example.org", Role.MEMBER, null);
		org.springframework.mock.web.MockHttpSession session = new org.springframework.mock.web.MockHttpSession();
		String before = session.getId();
		var login = this.mvc
			.perform(post("/aanmelden").session(session)
				.with(csrf())
				.param("email", "sessie@example.org")
				.param("password", AccountFixtures.PASSWORD))
			.andExpect(authenticated())
			.andReturn();
		org.springframework.mock.web.MockHttpSession after = (org.springframework.mock.web.MockHttpSession) login
			.getRequest()
			.getSession();
		assertThat(after.getId()).isNotEqualTo(before);
		this.mvc.perform(post("/afmelden").session(after).with(csrf())).andExpect(redirectedUrl("/?afgemeld"));
		assertThat(after.isInvalid()).isTrue();
	}

	@Test
	void aFormWithMistakesSaysWhatIsWrongAndSavesNothing() throws Exception {
		this.mvc
			.perform(post("/registreren").with(csrf())
				.param("displayName", "")
				.param("email", "geen-adres")
				.param("password", "kort")
				.param("passwordRepeat", "anders")
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Er is een probleem")))
			.andExpect(content().string(containsString("Vul dit veld in.")))
			.andExpect(content().string(containsString("Vul een geldig e-mailadres in.")))
			.andExpect(content().string(containsString("Kies een wachtwoord van 12 tot 128 tekens.")));
		assertThat(this.accounts.findByEmail("geen-adres")).isEmpty();
		this.mvc
			.perform(post("/registreren").with(csrf())
				.param("displayName", "<script>alert(1)</script>")
				.param("email", "x".repeat(300) + "@example.org")
				.param("password", "een-lang-wachtwoord")
				.param("passwordRepeat", "een-lang-wachtwoord")
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert(1)"))));
	}

	@Test
	void robotsFillingTheHoneypotCreateNothing() throws Exception {
		this.mvc
			.perform(post("/registreren").with(csrf())
				.param("displayName", "Robot")
				.param("email", "robot@example.org")
				.param("password", "een-lang-wachtwoord")
				.param("passwordRepeat", "een-lang-wachtwoord")
				.param("website", "http://spam.example"))
			.andExpect(redirectedUrl("/registreren/verstuurd"));
		assertThat(this.accounts.findByEmail("robot@example.org")).isEmpty();
	}

	@Test
	void registeringAnExistingAddressRevealsNothingAndTellsItsOwner() throws Exception {
		AccountFixtures.create(this.context, "bestaand@example.org", Role.MEMBER, null);
		this.mvc
			.perform(post("/registreren").with(csrf())
				.param("displayName", "Iemand Anders")
				.param("email", "bestaand@example.org")
				.param("password", "een-lang-wachtwoord")
				.param("passwordRepeat", "een-lang-wachtwoord"))
			.andExpect(redirectedUrl("/registreren/verstuurd"));
		assertThat(this.outbox.to("bestaand@example.org")).extracting(OutboxMail::getSubject)
			.anyMatch((s) -> s.contains("Iemand probeerde"));
	}

	@Test
	void manyBadLoginsAreThrottled() throws Exception {
		AccountFixtures.create(this.context, "doelwit@example.org", Role.MEMBER, null);
		for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
			this.mvc.perform(
					post("/aanmelden").with(csrf()).param("email", "doelwit@example.org").param("password", "fout" + i))
				.andExpect(redirectedUrl("/aanmelden?fout"));
		}
		this.mvc
			.perform(post("/aanmelden").with(csrf())
				.param("email", "doelwit@example.org")
				.param("password", AccountFixtures.PASSWORD))
			.andExpect(redirectedUrl("/aanmelden?geblokkeerd"));
	}

	@Test
	void aForgottenPasswordIsReplacedThroughALinkThatWorksOnce() throws Exception {
		AccountFixtures.create(this.context, "vergeetachtig@example.org", Role.MEMBER, null);
		this.mvc.perform(post("/wachtwoord-vergeten").with(csrf()).param("email", "Vergeetachtig@Example.org"))
			.andExpect(redirectedUrl("/wachtwoord-vergeten/verstuurd"));
		this.mvc.perform(post("/wachtwoord-vergeten").with(csrf()).param("email", "onbekend@example.org"))
			.andExpect(redirectedUrl("/wachtwoord-vergeten/verstuurd"));
		assertThat(this.outbox.to("onbekend@example.org")).isEmpty();
		String token = token(this.outbox.to("vergeetachtig@example.org"));
		this.mvc
			.perform(post("/wachtwoord-herstellen").with(csrf())
				.param("token", token)
				.param("password", "kort")
				.param("passwordRepeat", "kort")
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/wachtwoord-herstellen").with(csrf())
				.param("token", token)
				.param("password", "een-gloednieuw-wachtwoord")
				.param("passwordRepeat", "een-gloednieuw-wachtwoord"))
			.andExpect(redirectedUrl("/aanmelden?hersteld"));
		this.mvc
			.perform(post("/aanmelden").with(csrf())
				.param("email", "vergeetachtig@example.org")
				.param("password", "een-gloednieuw-wachtwoord"))
			.andExpect(authenticated());
		this.mvc
			.perform(post("/wachtwoord-herstellen").with(csrf())
				.param("token", token)
				.param("password", "nog-een-ander-wachtwoord")
				.param("passwordRepeat", "nog-een-ander-wachtwoord")
				.accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Deze link is ongeldig")));
	}

	@Test
	void loggingOutEverywhereEndsOtherSessions() throws Exception {
		AccountPrincipal principal = AccountFixtures.create(this.context, "overal@example.org", Role.MEMBER, null);
		this.mvc.perform(post("/account/afmelden-overal").with(csrf()).with(user(principal)))
			.andExpect(redirectedUrl("/aanmelden?afgemeld"));
		this.mvc.perform(get("/account").with(user(principal))).andExpect(redirectedUrl("/aanmelden?afgemeld"));
	}

	private static String token(List<OutboxMail> mails) {
		for (OutboxMail mail : mails) {
			Matcher matcher = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(mail.getBody());
			if (matcher.find()) {
				return matcher.group(1);
			}
		}
		throw new AssertionError("no verification mail");
	}

}
