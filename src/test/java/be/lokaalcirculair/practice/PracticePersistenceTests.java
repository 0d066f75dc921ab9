package be.lokaalcirculair.practice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.TextItem.Kind;
import be.lokaalcirculair.shared.taxonomy.Lever;
import be.lokaalcirculair.shared.taxonomy.PracticeStatus;
import be.lokaalcirculair.shared.taxonomy.Strategy;
import be.lokaalcirculair.shared.taxonomy.TargetGroup;
import be.lokaalcirculair.shared.taxonomy.Theme;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is saved comes back whole, on every database the platform runs on: the same tests
 * run on H2 and on PostgreSQL, on the schema the Flyway migrations made.
 */
@Transactional
abstract class PracticePersistenceTests {

	@Autowired
	PracticeRepository practices;

	@Autowired
	PracticeCatalog catalog;

	@Autowired
	Organisations organisations;

	@Autowired
	EntityManager entityManager;

	@Test
	void everyFieldOfAFicheSurvivesTheRoundTrip() {
		long lead = this.organisations.organisationOfMunicipality("44021").orElseThrow().getId();
		Practice practice = new Practice("test-ronde-trip", "Ronde trip", "Alles wat erin gaat, komt eruit.", lead,
				PracticeStatus.STOPGEZET, "test", false);
		practice.describe("Een **beschrijving** met _opmaak_.", "nl");
		practice.classify(List.of(Theme.TEXTIEL, Theme.WATER), List.of(Strategy.R3, Strategy.R4),
				List.of(Lever.CIRCULAIR_AANKOPEN), List.of(12, 11), TargetGroup.GEVORDERD);
		practice.locate(List.of("44021", "11056"), "Gent", 51.05, 3.72);
		practice.plan(LocalDate.of(2020, 1, 15), LocalDate.of(2023, 6, 30), new BigDecimal("125000.50"), "0,5 VTE");
		practice.setTexts(Kind.PARTNER, List.of("Kringwinkel", "Buurthuis"));
		practice.setTexts(Kind.LESSON, List.of("Begin klein", "Meet vanaf dag één", "Betrek de dienst aankoop"));
		practice.setTexts(Kind.STEP, List.of("Stap een"));
		practice.setResults(List.of(new ResultIndicator("Ingezameld textiel", new BigDecimal("12.400"), "ton", 2022),
				new ResultIndicator("Deelnemers", new BigDecimal("340"), "personen", null)));
		practice.setLinks(List.of(new Link("Verslag", "https://example.org/verslag")));
		practice.setTestimony(new Testimony("Het werkt.", "Schepen"));
		practice.setContact(new Contact("An Peeters", "duurzaamheidsambtenaar", "an@example.org", null));
		Instant validated = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		practice.moderate(ModerationState.PUBLISHED, "Redactie", validated, LocalDate.of(2024, 3, 1));
		long id = this.practices.saveAndFlush(practice).getId();
		this.entityManager.clear();

		Practice loaded = this.practices.findById(id).orElseThrow();
		assertThat(loaded.getTitle()).isEqualTo("Ronde trip");
		assertThat(loaded.getDescription()).isEqualTo("Een **beschrijving** met _opmaak_.");
		assertThat(loaded.getThemes()).containsExactly(Theme.TEXTIEL, Theme.WATER);
		assertThat(loaded.getStrategies()).containsExactly(Strategy.R3, Strategy.R4);
		assertThat(loaded.getLevers()).containsExactly(Lever.CIRCULAIR_AANKOPEN);
		assertThat(loaded.getSdgs()).containsExactly(11, 12);
		assertThat(loaded.getTargetGroup()).isEqualTo(TargetGroup.GEVORDERD);
		assertThat(loaded.getMunicipalities()).containsExactlyInAnyOrder("44021", "11056");
		assertThat(loaded.getStatus()).isEqualTo(PracticeStatus.STOPGEZET);
		assertThat(loaded.getBudgetEur()).isEqualByComparingTo("125000.50");
		assertThat(loaded.getEndDate()).isEqualTo(LocalDate.of(2023, 6, 30));
		assertThat(loaded.getPartners()).containsExactly("Kringwinkel", "Buurthuis");
		assertThat(loaded.getLessons()).containsExactly("Begin klein", "Meet vanaf dag één",
				"Betrek de dienst aankoop");
		assertThat(loaded.getSteps()).containsExactly("Stap een");
		assertThat(loaded.getObstacles()).isEmpty();
		assertThat(loaded.getResults()).extracting(ResultIndicator::name)
			.containsExactly("Ingezameld textiel", "Deelnemers");
		assertThat(loaded.getResults().get(0).amount()).isEqualByComparingTo("12.4");
		assertThat(loaded.getResults().get(1).year()).isNull();
		assertThat(loaded.getLinks()).containsExactly(new Link("Verslag", "https://example.org/verslag"));
		assertThat(loaded.getTestimony()).isEqualTo(new Testimony("Het werkt.", "Schepen"));
		assertThat(loaded.getContact().email()).isEqualTo("an@example.org");
		assertThat(loaded.getModerationState()).isEqualTo(ModerationState.PUBLISHED);
		assertThat(loaded.getValidatedAt()).isEqualTo(validated);
		assertThat(loaded.getPublishedAt()).isNotNull();
		assertThat(loaded.getLastReviewedAt()).isEqualTo(LocalDate.of(2024, 3, 1));
	}

	@Test
	void aFicheFiledUnderAPre2025MunicipalityCountsForTheMergedOneAndItsNewProvince() {
		long lead = this.organisations.organisationOfMunicipality("46030").orElseThrow().getId();
		Practice practice = new Practice("test-zwijndrecht", "Zwijndrecht voor de fusie", "Een project uit 2019.", lead,
				PracticeStatus.AFGEROND, "test", false);
		practice.classify(List.of(Theme.ENERGIE), List.of(), List.of(Lever.REGELGEVING), List.of(), null);
		practice.locate(List.of("11056"), null, null, null);
		practice.moderate(ModerationState.PUBLISHED, null, null, null);
		this.practices.saveAndFlush(practice);
		this.entityManager.clear();

		assertThat(titles(PracticeFilter.about("46030"))).contains("Zwijndrecht voor de fusie");
		assertThat(titles(PracticeFilter.about("11056"))).contains("Zwijndrecht voor de fusie");
		assertThat(titles(new PracticeFilter(Set.of(), Set.of(), Set.of("40000"), Set.of(), null, null)))
			.contains("Zwijndrecht voor de fusie");
		assertThat(titles(new PracticeFilter(Set.of(), Set.of(), Set.of("10000"), Set.of(), null, null)))
			.doesNotContain("Zwijndrecht voor de fusie");
	}

	@Test
	void onlyPublishedFichesArePublic() {
		long lead = this.organisations.organisationOfMunicipality("44021").orElseThrow().getId();
		Practice draft = new Practice("test-kladversie", "Kladversie", "Nog niet klaar.", lead, PracticeStatus.IDEE,
				"test", false);
		this.practices.saveAndFlush(draft);

		assertThat(this.catalog.published("test-kladversie")).isEmpty();
		assertThat(this.catalog.published(draft.getId())).isEmpty();
		assertThat(titles(
				new PracticeFilter(Set.of(), Set.of(), Set.of(), Set.of(PracticeStatus.IDEE), null, "Kladversie")))
			.isEmpty();
	}

	@Test
	void filtersCombineValuesWithOrAndCriteriaWithAnd() {
		long lead = this.organisations.organisationOfMunicipality("71022").orElseThrow().getId();
		save("test-filter-a", "Filter A", lead, Theme.VOEDING, Lever.AFVALBELEID);
		save("test-filter-b", "Filter B", lead, Theme.TEXTIEL, Lever.AFVALBELEID);
		save("test-filter-c", "Filter C", lead, Theme.VOEDING, Lever.REGELGEVING);

		PracticeFilter voedingOfTextiel = new PracticeFilter(Set.of(Theme.VOEDING, Theme.TEXTIEL), Set.of(), Set.of(),
				Set.of(), null, "Filter");
		assertThat(titles(voedingOfTextiel)).containsExactlyInAnyOrder("Filter A", "Filter B", "Filter C");
		PracticeFilter voedingEnAfval = new PracticeFilter(Set.of(Theme.VOEDING), Set.of(Lever.AFVALBELEID), Set.of(),
				Set.of(), null, "Filter");
		assertThat(titles(voedingEnAfval)).containsExactly("Filter A");
	}

	private void save(String slug, String title, long lead, Theme theme, Lever lever) {
		Practice practice = new Practice(slug, title, "Samenvatting.", lead, PracticeStatus.LOPEND, "test", false);
		practice.classify(List.of(theme), List.of(), List.of(lever), List.of(), null);
		practice.moderate(ModerationState.PUBLISHED, null, null, null);
		this.practices.saveAndFlush(practice);
	}

	private List<String> titles(PracticeFilter filter) {
		return this.catalog.published(filter, 0, 100, PracticeSort.TITLE).map(Practice::getTitle).getContent();
	}

}
