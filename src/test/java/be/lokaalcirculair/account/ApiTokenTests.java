package be.lokaalcirculair.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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
 * The page of personal API tokens: a new token is shown once, works for the API, and
 * stops working when revoked; nobody reaches another's tokens.
 */
@PlatformTest
class ApiTokenTests {

	static final String PAGE = "/account/api-sleutels";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApiTokens tokens;

	@Autowired
	AuditEntryRepository audit;

	@Test
	void aNewTokenIsShownOnceAndOpensTheApiUntilRevoked() throws Exception {
		AccountPrincipal editor = AccountFixtures.create(this.context, "tokens.editor@example.org", Role.EDITOR, null);
		MvcResult created = this.mvc
			.perform(post(PAGE).param("name", "Synchronisatie").param("days", "30").with(user(editor)).with(csrf()))
			.andExpect(redirectedUrl(PAGE))
			.andReturn();
		String token = (String) created.getFlashMap().get("newApiToken");
		assertThat(token).startsWith(ApiTokens.PREFIX).hasSizeGreaterThan(40);
		this.mvc.perform(get(PAGE).with(user(editor)).flashAttrs(created.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(token)))
			.andExpect(content().string(containsString("maar één keer getoond")));
		// once: the next visit lists its name and dates only
		String page = this.mvc.perform(get(PAGE).with(user(editor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Synchronisatie").doesNotContain(token);
		assertThat(this.tokens.authenticate(token)).hasValueSatisfying((caller) -> {
			assertThat(caller.id()).isEqualTo(editor.id());
			assertThat(caller.tokenName()).isEqualTo("Synchronisatie");
		});
		long id = this.tokens.of(editor).get(0).getId();
		this.mvc.perform(get(PAGE + "/" + id + "/intrekken").with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ja, intrekken")));
		this.mvc.perform(post(PAGE + "/" + id + "/intrekken").with(user(editor)).with(csrf()))
			.andExpect(redirectedUrl(PAGE));
		assertThat(this.tokens.authenticate(token)).isEmpty();
		// both steps are in the audit log, without the token
		assertThat(this.audit.findAll())
			.filteredOn((entry) -> editor.id() == (entry.getActorId() != null ? entry.getActorId() : -1L))
			.extracting(AuditEntry::getAction, AuditEntry::getSubject)
			.contains(org.assertj.core.groups.Tuple.tuple("apitoken.created", "apitoken:" + id),
					org.assertj.core.groups.Tuple.tuple("apitoken.revoked", "apitoken:" + id));
		assertThat(this.audit.findAll()).noneMatch((entry) -> String.valueOf(entry.getDetail()).contains(token));
		// the person's own data export lists the token, but never the token or its hash
		String export = this.mvc.perform(get("/account/mijn-gegevens").with(user(editor)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(export).contains("\"apiTokens\"", "Synchronisatie")
			.doesNotContain(token, AccountManagement.hash(token));
		this.mvc.perform(get(PAGE).with(user(editor)))
			.andExpect(content().string(containsString("Ingetrokken")))
			.andExpect(content().string(not(containsString("/" + id + "/intrekken"))));
	}

	@Test
	void aWrongFormShowsTheErrorsAtTheirFieldsAndMakesNothing() throws Exception {
		AccountPrincipal editor = AccountFixtures.create(this.context, "tokens.form@example.org", Role.EDITOR, null);
		this.mvc.perform(post(PAGE).param("name", "").param("days", "400").with(user(editor)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("Kies tussen 1 en 365 dagen.")));
		assertThat(this.tokens.of(editor)).isEmpty();
	}

	@Test
	void anotherEditorsTokenIsNotFoundAndMembersHaveNoTokens() throws Exception {
		AccountPrincipal owner = AccountFixtures.create(this.context, "tokens.owner@example.org", Role.EDITOR, null);
		AccountPrincipal other = AccountFixtures.create(this.context, "tokens.other@example.org", Role.ADMIN, null);
		String token = ApiTokenFixtures.token(this.context, owner, "van de eigenaar");
		long id = this.tokens.of(owner).get(0).getId();
		this.mvc.perform(get(PAGE + "/" + id + "/intrekken").with(user(other))).andExpect(status().isNotFound());
		this.mvc.perform(post(PAGE + "/" + id + "/intrekken").with(user(other)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.tokens.authenticate(token)).isPresent();
		this.mvc.perform(get(PAGE).with(user(other)))
			.andExpect(content().string(not(containsString("van de eigenaar"))));
		AccountPrincipal member = AccountFixtures.create(this.context, "tokens.member@example.org", Role.MEMBER,
				"12025");
		this.mvc.perform(get(PAGE).with(user(member))).andExpect(status().isForbidden());
		this.mvc.perform(post(PAGE).param("name", "x").param("days", "1").with(user(member)).with(csrf()))
			.andExpect(status().isForbidden());
	}

}
