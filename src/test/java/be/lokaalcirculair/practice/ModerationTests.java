package be.lokaalcirculair.practice;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.shared.mail.MailOutbox;
import be.lokaalcirculair.shared.mail.OutboxMail;
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
 * The editors' side of the life cycle: the explicit review step, steps the state does not
 * allow, and every step kept in the fiche's history.
 */
@PlatformTest
class ModerationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PracticeRepository practices;

	@Autowired
	PracticeRevisionRepository revisions;

	@Autowired
	MailOutbox outbox;

	@Test
	void anEditorTakesAFicheIntoReviewAndThenPublishesIt() throws Exception {
		AccountPrincipal author = member("review.auteur@example.org", "11004");
		AccountPrincipal editor = editor("review.redactie@example.org");
		long id = write(author, "Repaircafé in de bibliotheek van Boechout", "elektronica", "indienen");

		decide(editor, id, "beoordelen", null).andExpect(redirectedUrl("/mijn-praktijken/" + id));

		Practice reviewed = this.practices.findById(id).orElseThrow();
		assertThat(reviewed.getModerationState()).isEqualTo(ModerationState.IN_REVIEW);
		assertThat(reviewed.getReviewerAccountId()).isEqualTo(editor.id());
		assertThat(reviewed.getReviewStartedAt()).isNotNull();
		assertThat(this.outbox.to("review.auteur@example.org")).extracting(OutboxMail::getSubject)
			.anyMatch((subject) -> subject.contains("wordt beoordeeld"));
		this.mvc.perform(get("/beheer/moderatie?toestand=in-beoordeling").with(user(editor)))
			.andExpect(content().string(containsString("Repaircafé in de bibliotheek van Boechout")))
			.andExpect(content().string(containsString(editor.displayName() + ", sinds")));
		this.mvc.perform(get("/mijn-praktijken/" + id).with(user(author)))
			.andExpect(content().string(containsString("In beoordeling bij " + editor.displayName())));

		decide(editor, id, "beoordelen", null).andExpect(status().isConflict())
			.andExpect(content().string(containsString("u beoordeelt deze praktijk al")));
		assertThat(actions(id)).containsExactly(RevisionAction.SUBMITTED, RevisionAction.REVIEW_STARTED);

		decide(editor, id, "publiceren", null).andExpect(redirectedUrl("/beheer/moderatie"));
		assertThat(this.practices.findById(id).orElseThrow().getModerationState()).isEqualTo(ModerationState.PUBLISHED);
		assertThat(actions(id)).containsExactly(RevisionAction.SUBMITTED, RevisionAction.REVIEW_STARTED,
				RevisionAction.PUBLISHED);
	}

	@Test
	void decidingOnASubmittedFicheStartsItsReviewFirst() throws Exception {
		AccountPrincipal author = member("direct.auteur@example.org", "11004");
		AccountPrincipal editor = editor("direct.redactie@example.org");
		long id = write(author, "Kringloopwinkel aan het station", "meubilair-en-inrichting", "indienen");

		decide(editor, id, "wijzigingen", "Vermeld de openingsuren.").andExpect(redirectedUrl("/beheer/moderatie"));

		Practice practice = this.practices.findById(id).orElseThrow();
		assertThat(practice.getModerationState()).isEqualTo(ModerationState.CHANGES_REQUESTED);
		assertThat(practice.getReviewerAccountId()).isEqualTo(editor.id());
		assertThat(actions(id)).containsExactly(RevisionAction.SUBMITTED, RevisionAction.REVIEW_STARTED,
				RevisionAction.CHANGES_REQUESTED);
		assertThat(this.revisions.findInfoByPracticeId(id, PageRequest.of(0, 10)).getContent().get(0).comment())
			.isEqualTo("Vermeld de openingsuren.");
		List<String> subjects = this.outbox.to("direct.auteur@example.org")
			.stream()
			.map(OutboxMail::getSubject)
			.toList();
		assertThat(subjects).anyMatch((subject) -> subject.contains("vraagt wijzigingen"))
			.noneMatch((subject) -> subject.contains("wordt beoordeeld"));
	}

	@Test
	void stepsTheStateDoesNotAllowAreRefusedAndChangeNothing() throws Exception {
		AccountPrincipal author = member("verboden.auteur@example.org", "11004");
		AccountPrincipal editor = editor("verboden.redactie@example.org");
		long draft = write(author, "Een kladversie over compost", "groen-en-biomassa", "bewaren");
		int mails = this.outbox.to("verboden.auteur@example.org").size();

		decide(editor, draft, "publiceren", null).andExpect(status().isConflict())
			.andExpect(content().string(containsString("nog een kladversie")))
			.andExpect(content().string(containsString("Er werd niets gewijzigd")));
		assertThat(state(draft)).isEqualTo(ModerationState.DRAFT);
		assertThat(actions(draft)).containsExactly(RevisionAction.CREATED);
		assertThat(this.outbox.to("verboden.auteur@example.org")).hasSize(mails);

		long submitted = write(author, "Compostmeesters in elke wijk", "groen-en-biomassa", "indienen");
		decide(editor, submitted, "archiveren", null).andExpect(status().isConflict());
		decide(editor, submitted, "wijzigingen", " ").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Schrijf een opmerking voor de auteur")));
		decide(editor, submitted, "weigeren", "x".repeat(2001)).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("te lang")));
		decide(editor, submitted, "goedkeuren", null).andExpect(status().isBadRequest());
		assertThat(state(submitted)).isEqualTo(ModerationState.SUBMITTED);
		assertThat(actions(submitted)).containsExactly(RevisionAction.SUBMITTED);

		decide(editor, submitted, "publiceren", null).andExpect(status().is3xxRedirection());
		decide(editor, submitted, "publiceren", null).andExpect(status().isConflict())
			.andExpect(content().string(containsString("al gepubliceerd")));
		this.mvc
			.perform(fiche(post("/mijn-praktijken/" + submitted), "Een nieuwe titel", "groen-en-biomassa")
				.with(user(editor))
				.param("actie", "indienen"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("kan nu niet ingediend worden")));
		assertThat(this.practices.findById(submitted).orElseThrow().getTitle())
			.isEqualTo("Compostmeesters in elke wijk");
		assertThat(state(submitted)).isEqualTo(ModerationState.PUBLISHED);

		decide(editor, submitted, "archiveren", null).andExpect(status().is3xxRedirection());
		decide(editor, submitted, "beoordelen", null).andExpect(status().is3xxRedirection());
		assertThat(state(submitted)).isEqualTo(ModerationState.IN_REVIEW);

		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
				.update("update practice set moderation_state = 'ONBEKEND' where id = ?", submitted))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	@Test
	void theQueueFiltersByStateThemeOrganisationAndReviewerAndSortsByAge() throws Exception {
		AccountPrincipal heist = member("wachtrij.heist@example.org", "12014");
		AccountPrincipal beersel = member("wachtrij.beersel@example.org", "23003");
		String heistSlug = slug("12014");
		String beerselSlug = slug("23003");
		AccountPrincipal editor = editor("wachtrij.redactie@example.org");
		AccountPrincipal colleague = editor("wachtrij.collega@example.org");
		write(heist, "Wachtrij eerste fiche", "water", "indienen");
		Thread.sleep(5);
		write(heist, "Wachtrij tweede fiche", "water", "indienen");
		long textile = write(beersel, "Wachtrij textielfiche", "textiel", "indienen");
		decide(editor, textile, "beoordelen", null);

		String first = queue(editor, "?organisatie=" + heistSlug);
		assertThat(first).contains("Wachtrij eerste fiche", "Wachtrij tweede fiche").doesNotContain("textielfiche");
		assertThat(first.indexOf("Wachtrij eerste fiche")).isLessThan(first.indexOf("Wachtrij tweede fiche"));
		assertThat(first).contains("ingediend <span class=\"count\">(2)</span>");
		String newest = queue(editor, "?organisatie=" + heistSlug + "&sorteer=nieuwste");
		assertThat(newest.indexOf("Wachtrij tweede fiche")).isLessThan(newest.indexOf("Wachtrij eerste fiche"));

		assertThat(queue(editor, "?thema=textiel&organisatie=" + beerselSlug)).contains("Wachtrij textielfiche");
		assertThat(queue(editor, "?thema=water&organisatie=" + beerselSlug)).doesNotContain("Wachtrij textielfiche")
			.contains("Geen praktijken voor deze keuze");
		assertThat(queue(editor, "?toestand=ingediend&organisatie=" + beerselSlug))
			.doesNotContain("Wachtrij textielfiche");
		assertThat(queue(editor, "?mij=ja")).contains("Wachtrij textielfiche").doesNotContain("Wachtrij eerste");
		assertThat(queue(colleague, "?mij=ja")).doesNotContain("Wachtrij textielfiche");
		assertThat(queue(editor, "?toestand=alle&organisatie=" + beerselSlug)).contains("Wachtrij textielfiche");
	}

	@Test
	void queueParametersThatAreNotUnderstoodAreIgnoredOrRefused() throws Exception {
		AccountPrincipal editor = editor("wachtrij.fout@example.org");
		assertThat(queue(editor, "?toestand=onzin&thema=bestaat-niet&organisatie=nergens&mij=misschien&sorteer=raar"))
			.contains("kennen we niet", "onzin", "bestaat-niet", "nergens", "misschien", "raar");
		assertThat(queue(editor, "?toestand=kladversie")).contains("kennen we niet", "kladversie");
		assertThat(queue(editor, "?pagina=99999999")).contains("Deze pagina bestaat niet");
		for (String bad : List.of("?pagina=abc", "?pagina=0", "?pagina=99999999999", "?thema=" + "x".repeat(201))) {
			this.mvc.perform(get("/beheer/moderatie" + bad).with(user(editor)).accept(MediaType.TEXT_HTML))
				.andExpect(status().isBadRequest());
		}
	}

	@Test
	void theHistoryIsForTheOrganisationAndTheEditorsOnly() throws Exception {
		AccountPrincipal author = member("geschiedenis.auteur@example.org", "11004");
		AccountPrincipal other = member("geschiedenis.ander@example.org", "11005");
		AccountPrincipal editor = editor("geschiedenis.redactie@example.org");
		long id = write(author, "Deelbibliotheek voor gereedschap", "deeleconomie", "indienen");
		String history = "/mijn-praktijken/" + id + "/geschiedenis";

		this.mvc.perform(get(history).with(user(author)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ingediend")));
		this.mvc.perform(get(history).with(user(editor))).andExpect(status().isOk());
		this.mvc.perform(get(history).with(user(other))).andExpect(status().isNotFound());
		this.mvc.perform(get(history + "/vergelijken?van=1&naar=1").with(user(other))).andExpect(status().isNotFound());
		this.mvc.perform(get(history)).andExpect(status().is3xxRedirection());
		this.mvc.perform(get(history + "/vergelijken?van=1&naar=1")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get(history + "/vergelijken?van=een&naar=1").with(user(author)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get(history + "/vergelijken?van=1").with(user(author))).andExpect(status().isBadRequest());
		this.mvc.perform(get(history + "/vergelijken?van=1&naar=99").with(user(author)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(history + "?pagina=5").with(user(author))).andExpect(status().isNotFound());
		this.mvc.perform(get("/mijn-praktijken/999999/geschiedenis").with(user(editor)))
			.andExpect(status().isNotFound());
	}

	@Test
	void comparingTwoVersionsShowsTheChangedFieldsWordByWord() throws Exception {
		AccountPrincipal author = member("vergelijk.auteur@example.org", "11004");
		AccountPrincipal editor = editor("vergelijk.redactie@example.org");
		long id = write(author, "Herbruikbare bekers op de jaarmarkt", "evenementen", "indienen");
		decide(editor, id, "wijzigingen", "Het gaat om glazen, niet om bekers.");
		this.mvc
			.perform(fiche(post("/mijn-praktijken/" + id), "Herbruikbare glazen op de jaarmarkt", "evenementen",
					"Spreek de waarborg vooraf af.\nZorg voor twee afwasstraten.")
				.with(user(author))
				.param("actie", "indienen"))
			.andExpect(status().is3xxRedirection());
		assertThat(actions(id)).containsExactly(RevisionAction.SUBMITTED, RevisionAction.REVIEW_STARTED,
				RevisionAction.CHANGES_REQUESTED, RevisionAction.SUBMITTED);

		this.mvc.perform(get("/mijn-praktijken/" + id + "/geschiedenis").with(user(author)))
			.andExpect(content().string(containsString("Het gaat om glazen, niet om bekers.")))
			.andExpect(content().string(containsString("van=3&amp;naar=4")));
		this.mvc.perform(get("/mijn-praktijken/" + id + "/geschiedenis/vergelijken?van=1&naar=4").with(user(author)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("verwijderd: </span>bekers<span")))
			.andExpect(content().string(containsString("toegevoegd: </span>glazen<span")))
			.andExpect(content().string(containsString("toegevoegd: </span>twee afwasstraten<span")))
			.andExpect(content().string(containsString("id=\"h-title\"")))
			.andExpect(content().string(containsString("id=\"h-lessons\"")))
			.andExpect(content().string(not(containsString("id=\"h-summary\""))));
		this.mvc.perform(get("/mijn-praktijken/" + id + "/geschiedenis/vergelijken?van=1&naar=2").with(user(editor)))
			.andExpect(content().string(containsString("in beide versies dezelfde")));
	}

	@Test
	void aFicheFromBeforeTheHistoryKeepsItsEarlierVersionWhenFirstChanged() throws Exception {
		AccountPrincipal editor = editor("voorgeschiedenis.redactie@example.org");
		Practice old = PracticeFixtures.publish(this.context, "voorgeschiedenis", "Een fiche van vroeger",
				"Samenvatting van vroeger.", "Tekst.", "11005", be.lokaalcirculair.shared.taxonomy.Theme.WATER);
		try {
			this.mvc
				.perform(fiche(post("/mijn-praktijken/" + old.getId()), "Een fiche van nu", "water").with(user(editor)))
				.andExpect(status().is3xxRedirection());

			assertThat(actions(old.getId())).containsExactly(RevisionAction.BASELINE, RevisionAction.SAVED);
			this.mvc.perform(get("/mijn-praktijken/" + old.getId() + "/geschiedenis").with(user(editor)))
				.andExpect(content().string(containsString("Versie van vóór de geschiedenis")));
			this.mvc
				.perform(get("/mijn-praktijken/" + old.getId() + "/geschiedenis/vergelijken?van=1&naar=2")
					.with(user(editor)))
				.andExpect(content().string(containsString("verwijderd: </span>vroeger<span")))
				.andExpect(content().string(containsString("toegevoegd: </span>nu<span")));
		}
		finally {
			PracticeFixtures.removeAll(this.context);
		}
	}

	private String slug(String municipality) {
		return this.context.getBean(be.lokaalcirculair.organisation.Organisations.class)
			.organisationOfMunicipality(municipality)
			.orElseThrow()
			.getSlug();
	}

	private AccountPrincipal member(String email, String municipality) {
		return AccountFixtures.create(this.context, email, Role.MEMBER, municipality);
	}

	private AccountPrincipal editor(String email) {
		return AccountFixtures.create(this.context, email, Role.EDITOR, null);
	}

	/** Writes a fiche through its form; returns its id. */
	private long write(AccountPrincipal author, String title, String theme, String action) throws Exception {
		String location = this.mvc
			.perform(fiche(post("/mijn-praktijken"), title, theme).with(user(author)).param("actie", action))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private ResultActions decide(AccountPrincipal editor, long id, String decision, String comment) throws Exception {
		var request = post("/beheer/moderatie/" + id).with(csrf())
			.with(user(editor))
			.param("besluit", decision)
			.accept(MediaType.TEXT_HTML);
		return this.mvc.perform((comment != null) ? request.param("opmerking", comment) : request);
	}

	private String queue(AccountPrincipal editor, String query) throws Exception {
		return this.mvc.perform(get("/beheer/moderatie" + query).with(user(editor)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private ModerationState state(long id) {
		return this.practices.findById(id).orElseThrow().getModerationState();
	}

	/** The actions of a fiche's revisions, oldest first. */
	private List<RevisionAction> actions(long id) {
		List<RevisionAction> actions = new ArrayList<>(
				this.revisions.findInfoByPracticeId(id, PageRequest.of(0, 50)).map(RevisionInfo::action).getContent());
		java.util.Collections.reverse(actions);
		return actions;
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder fiche(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder builder, String title,
			String theme) {
		return fiche(builder, title, theme, "Spreek de waarborg vooraf af.\nZorg voor een afwasstraat.");
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder fiche(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder builder, String title,
			String theme, String lessons) {
		return builder.with(csrf())
			.param("title", title)
			.param("summary", "Een korte samenvatting van het project.")
			.param("description", "De gemeente zette het project samen met de buurt op.")
			.param("language", "nl")
			.param("status", "lopend")
			.param("municipalities", "Boechout")
			.param("themes", theme)
			.param("lessons", lessons)
			.accept(MediaType.TEXT_HTML);
	}

}
