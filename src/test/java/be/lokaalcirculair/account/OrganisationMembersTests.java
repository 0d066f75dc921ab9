package be.lokaalcirculair.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.PracticeFixtures;
import be.lokaalcirculair.shared.mail.MailOutbox;
import be.lokaalcirculair.shared.mail.OutboxMail;
import be.lokaalcirculair.shared.taxonomy.Theme;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Coordinators manage their organisation's members: make them coordinator or no longer,
 * remove them after a confirmation; the only coordinator cannot step down or leave; the
 * person concerned gets a mail and the audit log a line; another organisation's
 * coordinator can neither see nor change any of it (S2).
 */
@PlatformTest
class OrganisationMembersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void aCoordinatorMakesAMemberCoordinatorAndStepsDownOnlyWhenSomeoneElseCoordinates() throws Exception {
		AccountPrincipal coordinator = AccountFixtures.create(this.context, "coordinator.mol@example.org", Role.MEMBER,
				"13025");
		long mol = coordinator.organisationId();
		Account member = member("lid.mol@example.org", "Marie Mol", mol);
		this.mvc.perform(get(membersPath(mol)).with(user(coordinator)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Marie Mol")))
			.andExpect(content().string(containsString("lid.mol@example.org")))
			.andExpect(content().string(containsString("Lid sinds")));

		// the only coordinator cannot step down or leave
		this.mvc
			.perform(post(membersPath(mol) + "/" + coordinator.id() + "/coordinator").with(csrf())
				.with(user(coordinator))
				.param("rol", "lid")
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("U bent de enige coördinator")));
		this.mvc
			.perform(get(membersPath(mol) + "/" + coordinator.id() + "/verwijderen").with(user(coordinator))
				.accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("U bent de enige coördinator")))
			.andExpect(content().string(not(containsString("Ja, verwijderen"))));
		this.mvc
			.perform(post(membersPath(mol) + "/" + coordinator.id() + "/verwijderen").with(csrf())
				.with(user(coordinator))
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isConflict());
		assertThat(account(coordinator.id()).isCoordinator()).isTrue();
		assertThat(account(coordinator.id()).getOrganisationId()).isEqualTo(mol);

		this.mvc
			.perform(post(membersPath(mol) + "/" + member.getId() + "/coordinator").with(csrf())
				.with(user(coordinator))
				.param("rol", "coordinator"))
			.andExpect(redirectedUrl(membersPath(mol)));
		assertThat(account(member.getId()).isCoordinator()).isTrue();
		assertThat(this.outbox.to("lid.mol@example.org")).extracting(OutboxMail::getSubject)
			.contains("U bent coördinator van Mol");
		assertThat(audited("member.promoted", coordinator.id(), member.getId())).isTrue();

		// now someone else coordinates: stepping down works, and leads to one's own
		// account
		this.mvc
			.perform(post(membersPath(mol) + "/" + coordinator.id() + "/coordinator").with(csrf())
				.with(user(coordinator))
				.param("rol", "lid"))
			.andExpect(redirectedUrl("/account"));
		assertThat(account(coordinator.id()).isCoordinator()).isFalse();
		assertThat(this.outbox.to("coordinator.mol@example.org")).extracting(OutboxMail::getSubject)
			.contains("U bent geen coördinator meer van Mol");
		// and the session that was a coordinator's no longer is
		this.mvc.perform(get(membersPath(mol)).with(user(coordinator))).andExpect(status().isForbidden());
	}

	@Test
	void removingAMemberNeedsAConfirmationKeepsTheFichesAndEndsTheRights() throws Exception {
		AccountPrincipal coordinator = AccountFixtures.create(this.context, "coordinator.geel@example.org", Role.MEMBER,
				"13008");
		long geel = coordinator.organisationId();
		Account member = member("lid.geel@example.org", "Gert Geel", geel);
		AccountPrincipal memberSession = new AccountPrincipal(member);
		Practice fiche = PracticeFixtures.publish(this.context, "geel-repair-cafe", "Repair café Geel",
				"Een repair café", "Tekst", "13008", Theme.AFVAL_EN_MATERIALEN);
		this.jdbc.update("update practice set author_account_id = ? where id = ?", member.getId(), fiche.getId());
		this.mvc.perform(get("/mijn-praktijken/nieuw").with(user(memberSession))).andExpect(status().isOk());

		this.mvc
			.perform(get(membersPath(geel) + "/" + member.getId() + "/verwijderen").with(user(coordinator))
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gert Geel verwijderen uit de organisatie?")))
			.andExpect(content().string(containsString("De praktijken blijven bij de organisatie.")));
		assertThat(account(member.getId()).getOrganisationId()).as("asking for confirmation changes nothing")
			.isEqualTo(geel);

		this.mvc
			.perform(post(membersPath(geel) + "/" + member.getId() + "/verwijderen").with(csrf())
				.with(user(coordinator)))
			.andExpect(redirectedUrl(membersPath(geel)));
		Account removed = account(member.getId());
		assertThat(removed.getOrganisationId()).isNull();
		assertThat(removed.getMembership()).isEqualTo(Membership.NONE);
		assertThat(this.outbox.to("lid.geel@example.org")).extracting(OutboxMail::getSubject)
			.contains("U bent geen lid meer van Geel");
		assertThat(audited("member.removed", coordinator.id(), member.getId())).isTrue();
		assertThat(this.jdbc.queryForObject("select lead_organisation_id from practice where id = ?", Long.class,
				fiche.getId()))
			.as("the fiche stays with the organisation")
			.isEqualTo(geel);
		// the removed member's running session lost the organisation's rights
		this.mvc.perform(get("/mijn-praktijken/nieuw").with(user(memberSession))).andExpect(status().isForbidden());
		this.mvc.perform(get(membersPath(geel)).with(user(coordinator)).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(not(containsString("Gert Geel"))));
		PracticeFixtures.moderate(this.context, fiche.getId(), be.lokaalcirculair.practice.ModerationState.DRAFT);
	}

	@Test
	void aCoordinatorNeverSeesOrChangesAnotherOrganisationsMembers() throws Exception {
		AccountPrincipal coordinatorA = AccountFixtures.create(this.context, "coordinator.lier@example.org",
				Role.MEMBER, "12021");
		AccountPrincipal coordinatorB = AccountFixtures.create(this.context, "coordinator.turnhout@example.org",
				Role.MEMBER, "13040");
		long a = coordinatorA.organisationId();
		long b = coordinatorB.organisationId();
		Account memberA = member("lid.lier@example.org", "Lies Lier", a);

		this.mvc.perform(get(membersPath(a)).with(user(coordinatorB))).andExpect(status().isForbidden());
		this.mvc.perform(get(membersPath(a) + "/" + memberA.getId() + "/verwijderen").with(user(coordinatorB)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(membersPath(b) + "/" + memberA.getId() + "/verwijderen").with(user(coordinatorB)))
			.andExpect(status().isNotFound());
		for (String path : new String[] { membersPath(a), membersPath(b) }) {
			this.mvc
				.perform(post(path + "/" + memberA.getId() + "/coordinator").with(csrf())
					.with(user(coordinatorB))
					.param("rol", "coordinator"))
				.andExpect(status().is4xxClientError());
			this.mvc.perform(post(path + "/" + memberA.getId() + "/verwijderen").with(csrf()).with(user(coordinatorB)))
				.andExpect(status().is4xxClientError());
		}
		Account unchanged = account(memberA.getId());
		assertThat(unchanged.getOrganisationId()).isEqualTo(a);
		assertThat(unchanged.isCoordinator()).isFalse();
		assertThat(this.outbox.to("lid.lier@example.org")).isEmpty();

		AccountPrincipal editor = AccountFixtures.create(this.context, "redacteur.leden@example.org", Role.EDITOR,
				null);
		this.mvc.perform(get(membersPath(a)).with(user(editor)).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Lies Lier")));
		AccountPrincipal adviser = AccountFixtures.create(this.context, "adviseur.leden@example.org", Role.ADVISER,
				null);
		this.mvc.perform(get(membersPath(a)).with(user(adviser))).andExpect(status().isForbidden());
		this.mvc.perform(get(membersPath(999999)).with(user(editor))).andExpect(status().isNotFound());
	}

	/** A verified member (not a coordinator) of the organisation. */
	private Account member(String email, String name, long organisationId) {
		return this.context.getBean(TransactionTemplate.class).execute((status) -> {
			Account account = new Account(email, name, "{noop}unused", Role.MEMBER, false);
			account.verifyEmail();
			account.joinOrganisation(organisationId);
			return this.accounts.save(account);
		});
	}

	private Account account(long id) {
		return this.accounts.findById(id).orElseThrow();
	}

	private boolean audited(String action, long actorId, long accountId) {
		return !this.jdbc
			.queryForList("select id from audit_log where action = ? and actor_id = ? and subject = ?", action, actorId,
					"account:" + accountId)
			.isEmpty();
	}

	private static String membersPath(long organisationId) {
		return "/beheer/organisaties/" + organisationId + "/leden";
	}

}
