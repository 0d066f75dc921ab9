package be.lokaalcirculair.practice;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.search.PracticeQuery;
import be.lokaalcirculair.search.PracticeSearch;
import be.lokaalcirculair.search.SearchOrder;
import be.lokaalcirculair.shared.mail.MailOutbox;
import be.lokaalcirculair.shared.mail.OutboxMail;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member writes a fiche, an editor asks for a change, the member fixes it, the editor
 * publishes it.
 */
@PlatformTest
class PracticeAuthoringTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PracticeRepository practices;

	@Autowired
	PracticeSearch search;

	@Autowired
	MailOutbox outbox;

	@Test
	void writeReviewChangePublishAndFind() throws Exception {
		AccountPrincipal author = AccountFixtures.create(this.context, "auteur.mechelen@example.org", Role.MEMBER,
				"12025");
		AccountPrincipal editor = AccountFixtures.create(this.context, "redactie@example.org", Role.EDITOR, null);
		String location = this.mvc
			.perform(fiche(post("/mijn-praktijken"), "Herbruikbare bekers op de Mechelse jaarmarkt").with(user(author))
				.param("actie", "indienen")
				.param("moderationState", "PUBLISHED")
				.param("leadOrganisationId", "1"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Practice submitted = loaded(id);
		assertThat(submitted.getModerationState()).isEqualTo(ModerationState.SUBMITTED);
		assertThat(submitted.getMunicipalities()).containsExactlyInAnyOrder("12025", "11056");
		assertThat(submitted.getResults()).hasSize(1);
		assertThat(titles("jaarmarkt")).doesNotContain("Herbruikbare bekers op de Mechelse jaarmarkt");
		assertThat(this.outbox.to("auteur.mechelen@example.org")).extracting(OutboxMail::getSubject)
			.anyMatch((subject) -> subject.startsWith("We ontvingen uw praktijk"));

		this.mvc.perform(get("/beheer/moderatie").with(user(editor)).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Herbruikbare bekers op de Mechelse jaarmarkt")));
		this.mvc
			.perform(post("/beheer/moderatie/" + id).with(csrf())
				.with(user(editor))
				.param("besluit", "wijzigingen")
				.param("opmerking", "Voeg het aantal bekers toe."))
			.andExpect(status().is3xxRedirection());
		assertThat(this.practices.findById(id).orElseThrow().getModerationState())
			.isEqualTo(ModerationState.CHANGES_REQUESTED);
		assertThat(this.outbox.to("auteur.mechelen@example.org")).extracting(OutboxMail::getBody)
			.anyMatch((body) -> body.contains("Voeg het aantal bekers toe."));

		this.mvc.perform(get("/mijn-praktijken/" + id + "/bewerken").with(user(author)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Herbruikbare bekers op de Mechelse jaarmarkt")));
		this.mvc
			.perform(fiche(post("/mijn-praktijken/" + id), "Herbruikbare bekers op de Mechelse jaarmarkt")
				.with(user(author))
				.param("actie", "indienen"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.practices.findById(id).orElseThrow().getModerationState()).isEqualTo(ModerationState.SUBMITTED);

		this.mvc.perform(post("/beheer/moderatie/" + id).with(csrf()).with(user(editor)).param("besluit", "publiceren"))
			.andExpect(status().is3xxRedirection());
		Practice published = this.practices.findById(id).orElseThrow();
		assertThat(published.getModerationState()).isEqualTo(ModerationState.PUBLISHED);
		assertThat(published.getValidatedBy()).isEqualTo(editor.displayName());
		assertThat(titles("jaarmarkt")).contains("Herbruikbare bekers op de Mechelse jaarmarkt");
		this.mvc.perform(get("/praktijken/" + published.getSlug()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gevalideerd door")));
		this.mvc.perform(get("/mijn-praktijken/" + id + "/bewerken").with(user(author)))
			.andExpect(status().isForbidden());
	}

	@Test
	void mistakesInTheFormAreShownAtTheirFieldsAndNothingIsSaved() throws Exception {
		AccountPrincipal author = AccountFixtures.create(this.context, "fouten@example.org", Role.MEMBER, "12025");
		long before = this.practices.count();
		this.mvc
			.perform(post("/mijn-praktijken").with(csrf())
				.with(user(author))
				.param("title", "")
				.param("summary", "x".repeat(400))
				.param("status", "bestaat-niet")
				.param("municipalities", "Atlantis, 12025")
				.param("startDate", "gisteren")
				.param("budgetEur", "veel")
				.param("results", "zonder waarde")
				.param("links", "Site | javascript:alert(1)")
				.param("themes", "onbekend")
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Er is een probleem")))
			.andExpect(content().string(containsString("Atlantis")))
			.andExpect(content().string(containsString("Vul een datum in")))
			.andExpect(content().string(containsString("Fout op regel 1")));
		assertThat(this.practices.count()).isEqualTo(before);
	}

	@Test
	void thePreviewShowsSanitisedTextAndSavesNothing() throws Exception {
		AccountPrincipal author = AccountFixtures.create(this.context, "voorbeeld@example.org", Role.MEMBER, "12025");
		long before = this.practices.count();
		this.mvc
			.perform(post("/mijn-praktijken").with(csrf())
				.with(user(author))
				.param("actie", "voorbeeld")
				.param("title", "")
				.param("description", "Een **vette** tekst <script>alert(1)</script> [link](javascript:alert(2))")
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>vette</strong>")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>alert(1)"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"javascript"))));
		assertThat(this.practices.count()).isEqualTo(before);
	}

	@Test
	void othersCannotTouchAnOrganisationsFiches() throws Exception {
		AccountPrincipal author = AccountFixtures.create(this.context, "eigenaar@example.org", Role.MEMBER, "12025");
		AccountPrincipal other = AccountFixtures.create(this.context, "ander@example.org", Role.MEMBER, "44021");
		AccountPrincipal loner = AccountFixtures.create(this.context, "zonder.organisatie@example.org", Role.MEMBER,
				null);
		String location = this.mvc
			.perform(fiche(post("/mijn-praktijken"), "Kladversie van Mechelen").with(user(author)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		this.mvc.perform(get("/mijn-praktijken/" + id).with(user(other))).andExpect(status().isNotFound());
		this.mvc.perform(get("/mijn-praktijken/" + id + "/bewerken").with(user(other)))
			.andExpect(status().isForbidden());
		this.mvc.perform(fiche(post("/mijn-praktijken/" + id), "Overgenomen").with(user(other)))
			.andExpect(status().isForbidden());
		this.mvc.perform(fiche(post("/mijn-praktijken"), "Zonder organisatie").with(user(loner)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/beheer/moderatie/" + id).with(csrf()).with(user(author)).param("besluit", "publiceren"))
			.andExpect(status().isForbidden());
		assertThat(this.practices.findById(Long.parseLong(id)).orElseThrow().getTitle())
			.isEqualTo("Kladversie van Mechelen");
	}

	@Test
	void membersSeeTheContactPersonVisitorsDoNot() throws Exception {
		Practice practice = this.practices.findAll()
			.stream()
			.filter((p) -> p.getModerationState().isPublic() && p.getContact() != null
					&& p.getContact().email() != null)
			.findFirst()
			.orElseThrow();
		AccountPrincipal member = AccountFixtures.create(this.context, "lezer@example.org", Role.MEMBER, "44021");
		this.mvc.perform(get("/praktijken/" + practice.getSlug()).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(practice.getContact().email()))));
		this.mvc.perform(get("/praktijken/" + practice.getSlug()).with(user(member)).accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString(practice.getContact().email())));
	}

	private static MockHttpServletRequestBuilder fiche(MockHttpServletRequestBuilder builder, String title) {
		return builder.with(csrf())
			.param("title", title)
			.param("summary", "Bezoekers kregen een herbruikbare beker tegen waarborg.")
			.param("description", "De **markt** gebruikte geen wegwerpbekers meer.")
			.param("language", "nl")
			.param("status", "lopend")
			.param("municipalities", "Mechelen, Zwijndrecht")
			.param("startDate", "2024-05-01")
			.param("budgetEur", "12.500")
			.param("themes", "evenementen", "kunststoffen-en-verpakking")
			.param("levers", "afvalbeleid")
			.param("sdgs", "12")
			.param("targetGroup", "starter")
			.param("results", "Uitgeleende bekers | 18000 | stuks | 2024")
			.param("lessons", "Spreek de waarborg vooraf af.\nZorg voor een afwasstraat.")
			.param("links", "Verslag | https://example.org/verslag")
			.param("contactName", "Els Janssens")
			.param("contactEmail", "els.janssens@example.org");
	}

	private Practice loaded(long id) {
		return this.context.getBean(org.springframework.transaction.support.TransactionTemplate.class)
			.execute((status) -> {
				Practice practice = this.practices.findById(id).orElseThrow();
				practice.getMunicipalities();
				practice.getResults();
				return practice;
			});
	}

	private java.util.List<String> titles(String text) {
		return this.search.search(new PracticeQuery(text, Map.of(), null, 15, SearchOrder.RELEVANCE, 0, 20))
			.hits()
			.stream()
			.map((hit) -> hit.practice().getTitle())
			.toList();
	}

}
