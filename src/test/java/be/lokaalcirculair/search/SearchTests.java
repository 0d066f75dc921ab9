package be.lokaalcirculair.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import be.lokaalcirculair.practice.ModerationState;
import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.PracticeFixtures;
import be.lokaalcirculair.search.PracticeSearchResult.FacetCount;
import be.lokaalcirculair.shared.taxonomy.Theme;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The search as a civil servant uses it, on the demo fiches. */
@PlatformTest
class SearchTests {

	@Autowired
	PracticeSearch search;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void removeFixtures() {
		PracticeFixtures.removeAll(this.context);
	}

	@Test
	void aCompoundFindsItsPartsWrittenApart() {
		PracticeFixtures.publish(this.context, "sloop", "Tweede leven voor een oude turnzaal",
				"De gemeente zette de materialen uit de bouw opnieuw in.",
				"Deuren en balken gingen naar een nieuw jeugdlokaal.", "13040", Theme.PUBLIEKE_RUIMTE);
		assertThat(titles("bouwmaterialen")).contains("Tweede leven voor een oude turnzaal");
	}

	@Test
	void reusableNappiesFindTheNappyProject() {
		PracticeFixtures.publish(this.context, "luier", "Het luierproject van de kinderopvang",
				"Een proefproject in twee crèches.", "Ouders kregen een startpakket.", "44021", Theme.TEXTIEL);
		assertThat(titles("herbruikbare luiers")).contains("Het luierproject van de kinderopvang");
	}

	@Test
	void repairCafeWithoutAccentFindsRepairCafe() {
		PracticeFixtures.publish(this.context, "repair", "Repair Café in het dorpshuis",
				"Vrijwilligers herstellen elke maand toestellen.", "Met koffie en taart.", "71022", Theme.ELEKTRONICA);
		assertThat(titles("repair cafe")).contains("Repair Café in het dorpshuis");
	}

	@Test
	void aFicheIsRelatedToTheFichesThatShareItsTellingWordsNotToTheOthers() {
		Practice cups = PracticeFixtures.publish(this.context, "bekers1", "Statiegeld op herbruikbare drinkbekers",
				"Feestzalen lenen herbruikbare drinkbekers met statiegeld uit.", "Een afwasstraat reinigt ze.", "71022",
				Theme.EVENEMENTEN);
		// another theme, the same telling words
		PracticeFixtures.publish(this.context, "bekers2", "Drinkbekers met statiegeld op de kermis",
				"Op de kermis kregen bezoekers drinkbekers tegen statiegeld.", "Het kermiscomité spoelt ze.", "44021",
				Theme.AFVAL_EN_MATERIALEN);
		// the same theme, other words
		PracticeFixtures.publish(this.context, "bekers3", "Een zomerfestival zonder zwerfvuil",
				"Vrijwilligers ruimden het festivalterrein op.", "Het terrein bleef proper.", "13040",
				Theme.EVENEMENTEN);
		List<String> related = this.search.similarTo(cups, 3).stream().map(Practice::getTitle).toList();
		assertThat(related).contains("Drinkbekers met statiegeld op de kermis")
			.doesNotContain("Statiegeld op herbruikbare drinkbekers", "Een zomerfestival zonder zwerfvuil");
	}

	@Test
	void aFicheIsFindableWhenPublishedAndGoneWhenWithdrawn() {
		Practice practice = PracticeFixtures.publish(this.context, "zichtbaar", "Zonnepanelen op de brandweerkazerne",
				"Een coöperatie legde de panelen.", "Uniek woord: qwzrtplk.", "71022", Theme.ENERGIE);
		assertThat(titles("qwzrtplk")).containsExactly("Zonnepanelen op de brandweerkazerne");
		PracticeFixtures.moderate(this.context, practice.getId(), ModerationState.ARCHIVED);
		assertThat(titles("qwzrtplk")).isEmpty();
		PracticeFixtures.moderate(this.context, practice.getId(), ModerationState.PUBLISHED);
		assertThat(titles("qwzrtplk")).containsExactly("Zonnepanelen op de brandweerkazerne");
	}

	@Test
	void aTypoGetsASuggestionAndStillFindsSomething() {
		PracticeSearchResult result = this.search.search(query("kringwinkl"));
		assertThat(result.suggestion()).isEqualTo("kringwinkel");
		assertThat(result.total()).isPositive();
	}

	@Test
	void englishWordsFindDutchFiches() {
		assertThat(titles("reusable cups")).anySatisfy((title) -> assertThat(title.toLowerCase()).contains("beker"));
	}

	@Test
	void valuesOfOneFacetAreAlternativesAndFacetsCombine() {
		long voeding = total(Map.of(Facet.THEME, Set.of("voeding")));
		long textiel = total(Map.of(Facet.THEME, Set.of("textiel")));
		long both = total(Map.of(Facet.THEME, Set.of("voeding", "textiel")));
		assertThat(both).isGreaterThanOrEqualTo(Math.max(voeding, textiel)).isLessThanOrEqualTo(voeding + textiel);
		long textielInWestFlanders = total(Map.of(Facet.THEME, Set.of("textiel"), Facet.PROVINCE, Set.of("30000")));
		assertThat(textielInWestFlanders).isLessThanOrEqualTo(textiel);
	}

	@Test
	void theCountsOfAFacetIgnoreItsOwnSelectionButNotTheOthers() {
		Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
		filters.put(Facet.THEME, Set.of("textiel"));
		PracticeSearchResult result = this.search
			.search(new PracticeQuery(null, filters, null, 15, SearchOrder.NEWEST, 0, 10));
		PracticeSearchResult unfiltered = this.search.search(PracticeQuery.all(0, 10));
		// the theme counts are those without the theme selection: the same as without any
		// filter
		assertThat(counts(result, Facet.THEME)).isEqualTo(counts(unfiltered, Facet.THEME));
		assertThat(result.facets().get(Facet.THEME)).filteredOn(FacetCount::selected)
			.extracting(FacetCount::value)
			.containsExactly("textiel");
		// the status counts do reflect the theme selection and add up to the hits
		assertThat(result.facets().get(Facet.STATUS).stream().mapToLong(FacetCount::count).sum())
			.isEqualTo(result.total());
	}

	@Test
	void aPre2025MunicipalityCountsForTheMergedOne() {
		assertThat(this.search.normalise(Facet.MUNICIPALITY, "11056")).contains("46030");
		long merged = total(Map.of(Facet.MUNICIPALITY, Set.of("46030")));
		assertThat(merged).isPositive();
	}

	@Test
	void nearAMunicipalityNarrowsByDistance() {
		long all = this.search.search(PracticeQuery.all(0, 1)).total();
		long nearGent = this.search.search(new PracticeQuery(null, Map.of(), "44021", 10, SearchOrder.NEWEST, 0, 1))
			.total();
		assertThat(nearGent).isPositive().isLessThan(all);
	}

	@Test
	void rawQuerySyntaxIsJustText() {
		for (String raw : List.of("title:*", "\"", "(", "~", "\\", "*:*", "a AND (b OR", "[1 TO 5]", "/regex/",
				"&&||!")) {
			PracticeSearchResult result = this.search.search(query(raw));
			assertThat(result.total()).as(raw).isGreaterThanOrEqualTo(0);
		}
	}

	@Test
	void aLongQueryFullOfSynonymsIsNoProblem() {
		String words = "hergebruik herstel repair cafe kringwinkel textiel afval bouw luiers delen aankopen compost "
				+ "reusable cups food waste second hand tweedehands reparatie materialenbank";
		PracticeSearchResult result = this.search.search(query(words + " " + words));
		assertThat(result.total()).isPositive();
	}

	@Test
	void aPageFarBeyondTheResultsIsEmptyNotAnError() {
		PracticeSearchResult result = this.search
			.search(new PracticeQuery(null, Map.of(), null, 15, SearchOrder.NEWEST, 1_000_000_000 / 12, 12));
		assertThat(result.hits()).isEmpty();
		assertThat(result.beyondLastPage()).isTrue();
		assertThat(result.total()).isPositive();
	}

	@Test
	void highlightsMarkTheMatchedWords() {
		PracticeSearchResult result = this.search.search(query("textiel"));
		assertThat(result.hits()).anySatisfy((hit) -> assertThat(hit.titleHtml() + " " + hit.snippetHtml())
			.containsIgnoringCase("<mark>textiel</mark>"));
	}

	private List<String> titles(String text) {
		return this.search.search(query(text)).hits().stream().map((hit) -> hit.practice().getTitle()).toList();
	}

	private long total(Map<Facet, Set<String>> filters) {
		return this.search.search(new PracticeQuery(null, filters, null, 15, SearchOrder.NEWEST, 0, 10)).total();
	}

	private static Map<String, Long> counts(PracticeSearchResult result, Facet facet) {
		Map<String, Long> counts = new java.util.HashMap<>();
		result.facets().get(facet).forEach((count) -> counts.put(count.value(), count.count()));
		return counts;
	}

	private static PracticeQuery query(String text) {
		return new PracticeQuery(text, Map.of(), null, 15, SearchOrder.RELEVANCE, 0, 10);
	}

}
