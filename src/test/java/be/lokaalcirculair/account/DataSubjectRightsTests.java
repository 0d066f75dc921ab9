package be.lokaalcirculair.account;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import be.lokaalcirculair.practice.PracticeFixtures;
import be.lokaalcirculair.shared.mail.MailOutbox;
import be.lokaalcirculair.shared.taxonomy.Theme;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * QUALITY.md S18: a person downloads everything about them, then is erased; the fiches
 * stay.
 */
@PlatformTest
class DataSubjectRightsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MailOutbox outbox;

	@Autowired
	AccountManagement management;

	@Autowired
	OidcAccounts oidcAccounts;

	@Test
	void exportThenErase() throws Exception {
		AccountPrincipal person = AccountFixtures.create(this.context, "te.wissen@example.org", Role.MEMBER, "12025");
		long fiche = PracticeFixtures
			.publish(this.context, "gdpr", "Fiche van een vertrekkende collega", "Samenvatting.", "Tekst.", "12025",
					Theme.WATER)
			.getId();
		this.jdbc.update("update practice set author_account_id = ? where id = ?", person.id(), fiche);
		this.jdbc.update("update practice set reviewer_account_id = ?, reviewer_name = ? where id = ?", person.id(),
				"Test member", fiche);
		PracticeFixtures.revise(this.context, fiche, person, "Fiche van een vertrekkende collega");
		this.context.getBean(org.springframework.transaction.support.TransactionTemplate.class)
			.executeWithoutResult((status) -> this.management.requestPasswordReset("te.wissen@example.org",
					java.util.Locale.forLanguageTag("nl")));
		// the person also logs in through an OpenID Connect issuer that vouches for the
		// address
		this.oidcAccounts.signIn(
				new OidcIdentity("https://idp.example.org", "persoon-42", "te.wissen@example.org", true, "Te Wissen"));

		this.mvc.perform(get("/account/mijn-gegevens").with(user(person)))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
			.andExpect(jsonPath("$.account.email").value("te.wissen@example.org"))
			.andExpect(jsonPath("$.account.organisation").value("Mechelen"))
			.andExpect(jsonPath("$.mails.length()").value(1))
			.andExpect(jsonPath("$.fiches[0].title").value("Fiche van een vertrekkende collega"))
			.andExpect(jsonPath("$.revisions[0].practice_id").value(fiche))
			.andExpect(jsonPath("$.oidcLinks[0].issuer").value("https://idp.example.org"))
			.andExpect(jsonPath("$.oidcLinks[0].subject").value("persoon-42"))
			.andExpect(jsonPath("$.account.passwordHash").doesNotExist());

		this.mvc.perform(post("/account/verwijderen").with(csrf()).with(user(person)))
			.andExpect(redirectedUrl("/account"));
		assertThat(count("select count(*) from account where id = ?", person.id())).isEqualTo(1);

		this.mvc.perform(post("/account/verwijderen").with(csrf()).with(user(person)).param("bevestiging", "ja"))
			.andExpect(redirectedUrl("/?verwijderd"));
		assertThat(count("select count(*) from account where id = ?", person.id())).isZero();
		assertThat(count("select count(*) from account_token where account_id = ?", person.id())).isZero();
		assertThat(count("select count(*) from account_oidc_link where account_id = ?", person.id())).isZero();
		assertThat(count("select count(*) from audit_log where actor_id = ?", person.id())).isZero();
		assertThat(this.outbox.to("te.wissen@example.org")).isEmpty();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (count("select count(*) from practice_revision where actor_account_id = ?", person.id()) > 0
				&& Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
		assertThat(count("select count(*) from practice where author_account_id = ?", person.id())).isZero();
		assertThat(count("select count(*) from practice where id = ?", fiche)).isEqualTo(1);
		// the history keeps every version, but no longer says who made it
		assertThat(count("select count(*) from practice_revision where practice_id = ?", fiche)).isEqualTo(2);
		assertThat(
				count("select count(*) from practice_revision where practice_id = ? and actor_name is not null", fiche))
			.isZero();
		assertThat(count("select count(*) from practice_revision where actor_account_id = ?", person.id())).isZero();
		assertThat(count("select count(*) from practice where id = ? and (reviewer_account_id is not null"
				+ " or reviewer_name is not null)", fiche))
			.isZero();
		PracticeFixtures.removeAll(this.context);
	}

	private long count(String sql, long id) {
		return this.jdbc.queryForObject(sql, Long.class, id);
	}

}
