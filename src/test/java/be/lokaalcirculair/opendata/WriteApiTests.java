package be.lokaalcirculair.opendata;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.ApiTokenFixtures;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The write API as a script uses it: a personal API token of an editor, the fiche in the
 * shape GET gives, If-Match for changes; and every way it refuses.
 */
@PlatformTest
class WriteApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JsonMapper json;

	AccountPrincipal editor;

	String token;

	@BeforeEach
	void editorWithAToken() {
		this.editor = AccountFixtures.create(this.context, "write.editor@example.org", Role.EDITOR, null);
		this.token = ApiTokenFixtures.token(this.context, this.editor, "sync-script");
	}

	@Test
	void anEditorCreatesAFicheThatTheReadApiThenShows() throws Exception {
		ObjectNode fiche = publishedFiche("Repaircafé via de API");
		MvcResult created = this.mvc.perform(write(post("/api/v1/practices"), this.token, fiche))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/v1/practices/")))
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andExpect(jsonPath("$.title").value("Repaircafé via de API"))
			.andReturn();
		String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
		this.mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Repaircafé via de API"))
			.andExpect(jsonPath("$.provenance").value("api: sync-script"))
			.andExpect(jsonPath("$.themes[0]").value(fiche.path("themes").get(0).asString()));
	}

	@Test
	void fieldsTheEditorMayNotSetThroughTheBodyAreIgnored() throws Exception {
		ObjectNode fiche = publishedFiche("Massa-toewijzing genegeerd");
		fiche.put("id", 1);
		fiche.put("demo", true);
		fiche.put("provenance", "vervalst");
		fiche.put("state", "ARCHIVED");
		fiche.put("moderationState", "DRAFT");
		fiche.put("organisationId", 424242);
		fiche.put("role", "ADMIN");
		JsonNode body = body(this.mvc.perform(write(post("/api/v1/practices"), this.token, fiche))
			.andExpect(status().isCreated())
			.andReturn());
		assertThat(body.path("id").asLong()).isNotEqualTo(1L);
		assertThat(body.path("demo").asBoolean()).isFalse();
		assertThat(body.path("provenance").asString()).isEqualTo("api: sync-script");
		assertThat(body.path("leadOrganisation").path("slug").asString())
			.isEqualTo(fiche.path("leadOrganisation").path("slug").asString());
		// still published: the read API finds it
		this.mvc.perform(get("/api/v1/practices/" + body.path("id").asLong())).andExpect(status().isOk());
	}

	@Test
	void anUpdateNeedsTheCurrentEntityTag() throws Exception {
		MvcResult created = this.mvc.perform(write(post("/api/v1/practices"), this.token, publishedFiche("Versie een")))
			.andExpect(status().isCreated())
			.andReturn();
		String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
		MvcResult read = this.mvc.perform(get(location)).andExpect(status().isOk()).andReturn();
		String etag = read.getResponse().getHeader(HttpHeaders.ETAG);
		ObjectNode changed = (ObjectNode) body(read);
		changed.put("title", "Versie twee");
		// no If-Match: 428; a stale one: 412; nothing changed either way
		this.mvc.perform(write(put(location), this.token, changed))
			.andExpect(status().isPreconditionRequired())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(write(put(location), this.token, changed).header(HttpHeaders.IF_MATCH, "W/\"verouderd\""))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get(location)).andExpect(jsonPath("$.title").value("Versie een"));
		// the tag GET gave: changed, with the new tag in the answer
		MvcResult updated = this.mvc
			.perform(write(put(location), this.token, changed).header(HttpHeaders.IF_MATCH, etag))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Versie twee"))
			.andReturn();
		String newTag = updated.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(newTag).isNotEqualTo(etag);
		this.mvc.perform(get(location))
			.andExpect(jsonPath("$.title").value("Versie twee"))
			.andExpect(header().string(HttpHeaders.ETAG, newTag));
		// the old tag is stale now
		changed.put("title", "Versie drie");
		this.mvc.perform(write(put(location), this.token, changed).header(HttpHeaders.IF_MATCH, etag))
			.andExpect(status().isPreconditionFailed());
	}

	@Test
	void anInvalidFicheGets422WithErrorsPerFieldInTheClientsLanguage() throws Exception {
		ObjectNode fiche = publishedFiche("");
		fiche.putArray("themes");
		fiche.put("status", "bijna-klaar");
		this.mvc.perform(write(post("/api/v1/practices"), this.token, fiche))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(422))
			.andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value("Vul dit veld in."))
			.andExpect(jsonPath("$.errors[?(@.field == 'themes')].message").value("Kies minstens één thema."))
			.andExpect(jsonPath("$.errors[?(@.field == 'status')]").exists());
		this.mvc.perform(write(post("/api/v1/practices"), this.token, fiche).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value("Fill in this field."));
		ObjectNode noLead = publishedFiche("Zonder trekker");
		noLead.remove("leadOrganisation");
		this.mvc.perform(write(post("/api/v1/practices"), this.token, noLead))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.field == 'leadOrganisation')]").exists());
	}

	@Test
	@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
	void theLogsNeverHoldAToken(org.springframework.boot.test.system.CapturedOutput output) throws Exception {
		String revoked = ApiTokenFixtures.token(this.context, this.editor, "ingetrokken",
				Instant.now().plusSeconds(3600), true);
		this.mvc.perform(write(post("/api/v1/practices"), this.token, publishedFiche("Logboek")))
			.andExpect(status().isCreated());
		this.mvc.perform(write(post("/api/v1/practices"), revoked, publishedFiche("Logboek")))
			.andExpect(status().isUnauthorized());
		assertThat(output.getAll()).doesNotContain(this.token, revoked);
	}

	@Test
	void withoutAUsableTokenTheAnswerIs401AsAProblem() throws Exception {
		String revoked = ApiTokenFixtures.token(this.context, this.editor, "oud", Instant.now().plusSeconds(3600),
				true);
		String expired = ApiTokenFixtures.token(this.context, this.editor, "vervallen", Instant.now().minusSeconds(60),
				false);
		ObjectNode fiche = publishedFiche("Mag niet");
		for (String token : new String[] { null, revoked, expired, "lc_bestaat-niet", "geen-sleutel" }) {
			this.mvc.perform(write(post("/api/v1/practices"), token, fiche))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(401));
		}
	}

	@Test
	void aMembersTokenGets403() throws Exception {
		AccountPrincipal member = AccountFixtures.create(this.context, "write.member@example.org", Role.MEMBER,
				"12025");
		String memberToken = ApiTokenFixtures.token(this.context, member, "lid");
		this.mvc.perform(write(post("/api/v1/practices"), memberToken, publishedFiche("Van een lid")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(write(put("/api/v1/practices/1"), memberToken, publishedFiche("Van een lid"))
				.header(HttpHeaders.IF_MATCH, "*"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aSessionCookieDoesNotOpenTheWriteApi() throws Exception {
		MvcResult login = this.mvc
			.perform(post("/aanmelden").param("email", "write.editor@example.org")
				.param("password", AccountFixtures.PASSWORD)
				.with(csrf()))
			.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
		assertThat(login.getResponse().getRedirectedUrl()).endsWith("/account");
		this.mvc
			.perform(post("/api/v1/practices").session(session)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(publishedFiche("Via een cookie"))))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aBodyOfTheWrongKindIsRefused() throws Exception {
		this.mvc
			.perform(post("/api/v1/practices").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token)
				.contentType(MediaType.TEXT_PLAIN)
				.content("titel"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post("/api/v1/practices").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post("/api/v1/practices").header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"description\": \"" + "x".repeat(PracticeWriteApiController.MAX_BODY_BYTES) + "\"}"))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theOpenApiDocumentDescribesTheWritesWithTheirBearerScheme() throws Exception {
		JsonNode api = body(this.mvc.perform(get("/api/openapi.json")).andExpect(status().isOk()).andReturn());
		assertThat(api.path("components").path("securitySchemes").path("bearer").path("scheme").asString())
			.isEqualTo("bearer");
		JsonNode create = api.path("paths").path("/api/v1/practices").path("post");
		JsonNode update = api.path("paths").path("/api/v1/practices/{id}").path("put");
		for (JsonNode operation : new JsonNode[] { create, update }) {
			assertThat(operation.path("security").get(0).has("bearer")).isTrue();
			assertThat(operation.path("requestBody").path("content").has("application/json")).isTrue();
			assertThat(operation.path("responses").has("401")).isTrue();
			assertThat(operation.path("responses").has("422")).isTrue();
		}
		assertThat(create.path("responses").has("201")).isTrue();
		assertThat(update.path("responses").has("412")).isTrue();
		assertThat(update.path("responses").has("428")).isTrue();
	}

	/** A published demo fiche as GET gives it, with another title. */
	private ObjectNode publishedFiche(String title) throws Exception {
		JsonNode list = body(this.mvc.perform(get("/api/v1/practices?size=1")).andReturn());
		long id = list.path("items").get(0).path("id").asLong();
		ObjectNode fiche = (ObjectNode) body(this.mvc.perform(get("/api/v1/practices/" + id)).andReturn());
		fiche.put("title", title);
		return fiche;
	}

	private MockHttpServletRequestBuilder write(MockHttpServletRequestBuilder request, String token, JsonNode body) {
		request.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
		return (token != null) ? request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token) : request;
	}

	private JsonNode body(MvcResult result) throws Exception {
		return this.json.readTree(result.getResponse().getContentAsByteArray());
	}

}
