package be.lokaalcirculair.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import be.lokaalcirculair.practice.PracticeFixtures;
import be.lokaalcirculair.shared.taxonomy.Theme;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results are kept per query until the index changes: the same question asked again after
 * a fiche was published or removed gets the new answer, counts and facets included.
 */
@PlatformTest
class SearchCacheTests {

	@Autowired
	PracticeSearch search;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void removeFixtures() {
		PracticeFixtures.removeAll(this.context);
	}

	@Test
	void aPublishedFicheIsFoundByTheNextSearchAndARemovedOneNoLonger() {
		PracticeQuery query = PracticeQuery.all(0, 12).withText("qqzwaxyl");
		assertThat(this.search.search(query).total()).isZero();
		PracticeQuery everything = PracticeQuery.all(0, 12);
		long before = this.search.search(everything).total();
		long mobility = mobilityCount(everything);

		PracticeFixtures.publish(this.context, "zwammen", "Qqzwaxyl op koffiedik", "Oesterzwammen.",
				"Een zwammenkwekerij in de kelder van het stadhuis.", "12025", Theme.MOBILITEIT);
		PracticeSearchResult found = this.search.search(query);
		assertThat(found.total()).isEqualTo(1);
		assertThat(found.hits().get(0).titleHtml()).contains("<mark>");
		assertThat(this.search.search(everything).total()).isEqualTo(before + 1);
		assertThat(mobilityCount(everything)).as("the facet counts of the empty query").isEqualTo(mobility + 1);

		PracticeFixtures.removeAll(this.context);
		assertThat(this.search.search(query).total()).isZero();
		assertThat(this.search.search(everything).total()).isEqualTo(before);
	}

	@Test
	void theSameQueryGivesTheSameAnswerFromTheCache() {
		PracticeQuery query = PracticeQuery.all(0, 12).withText("afval");
		PracticeSearchResult first = this.search.search(query);
		PracticeSearchResult second = this.search.search(query);
		assertThat(second.total()).isEqualTo(first.total()).isPositive();
		assertThat(second.hits()).extracting(PracticeSearchResult.Hit::titleHtml)
			.containsExactlyElementsOf(first.hits().stream().map(PracticeSearchResult.Hit::titleHtml).toList());
		assertThat(second.facets()).isEqualTo(first.facets());
	}

	private long mobilityCount(PracticeQuery query) {
		return this.search.search(query)
			.facets()
			.get(Facet.THEME)
			.stream()
			.filter((count) -> count.value().equals(Theme.MOBILITEIT.code()))
			.mapToLong(PracticeSearchResult.FacetCount::count)
			.sum();
	}

}
