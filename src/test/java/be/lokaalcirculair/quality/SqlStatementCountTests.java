package be.lokaalcirculair.quality;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.PracticeCatalog;
import be.lokaalcirculair.practice.PracticeFilter;
import be.lokaalcirculair.practice.PracticeSort;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The number of SQL statements a public page costs must not grow with the number of
 * fiches it shows: an N+1 query (a statement per fiche, per term or per municipality)
 * fails these tests. Fiches come with their collections loaded in batches, one statement
 * per collection for all fiches of a list (about ten), hence the bounds: a page of twelve
 * fiches must cost fewer statements than it shows fiches.
 */
@PlatformTest
class SqlStatementCountTests {

	/**
	 * The fiche and its related fiches, each group with its collections in batches (about
	 * ten statements), plus files and organisations: measured 23.
	 */
	static final int MAX_FICHE_PAGE = 26;

	/**
	 * The featured and the newest fiches, each group in batches, plus figures: measured
	 * 27.
	 */
	static final int MAX_HOME_PAGE = 30;

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	PracticeCatalog catalog;

	Statistics statistics;

	@BeforeEach
	void countStatements() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
	}

	@AfterEach
	void stopCounting() {
		this.statistics.setStatisticsEnabled(false);
	}

	@Test
	void twelveFichesOnTheSearchPageCostFewerStatementsThanFiches() throws Exception {
		// an N+1 query would cost at least one statement per fiche shown, on top of the
		// rest
		assertThat(this.mvc.perform(get("/praktijken").accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.split("class=\"card__title\"", -1)).hasSize(12 + 1);
		assertThat(statementsFor("/praktijken")).isLessThan(12);
		assertThat(statementsFor("/praktijken?q=afval")).isLessThan(12);
		assertThat(statementsFor("/praktijken?thema=afval-en-materialen&hefboom=circulair-aankopen")).isLessThan(12);
	}

	@Test
	void aFichePageCostsAFewStatements() throws Exception {
		for (Practice practice : this.catalog.published(PracticeFilter.none(), 0, 5, PracticeSort.TITLE)) {
			assertThat(statementsFor("/praktijken/" + practice.getSlug())).as(practice.getSlug())
				.isBetween(1L, (long) MAX_FICHE_PAGE);
		}
	}

	@Test
	void theHomePageCostsAFewStatements() throws Exception {
		assertThat(statementsFor("/")).isLessThanOrEqualTo(MAX_HOME_PAGE);
	}

	private long statementsFor(String url) throws Exception {
		this.statistics.clear();
		this.mvc.perform(get(url).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
		return this.statistics.getPrepareStatementCount();
	}

}
