package be.lokaalcirculair.home;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import be.lokaalcirculair.practice.PracticeCatalog;
import be.lokaalcirculair.support.PlatformTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformTest
class HomePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PracticeCatalog catalog;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@org.junit.jupiter.api.AfterEach
	void removeFixtures() {
		be.lokaalcirculair.practice.PracticeFixtures.removeAll(this.context);
	}

	@Test
	void aNewlyPublishedFicheShowsAtOnceThoughThePageIsKeptBetweenRequests() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isOk());
		long before = this.catalog.statistics().publishedPractices();
		be.lokaalcirculair.practice.PracticeFixtures.publish(this.context, "home", "Deelfietsen voor het personeel",
				"Samenvatting.", "Tekst.", "12025", be.lokaalcirculair.shared.taxonomy.Theme.MOBILITEIT);
		this.mvc.perform(get("/"))
			.andExpect(content().string(containsString("Deelfietsen voor het personeel")))
			.andExpect(content().string(containsString(
					"<span class=\"figures__number\">" + (before + 1) + "</span> gepubliceerde praktijken")));
		be.lokaalcirculair.practice.PracticeFixtures.removeAll(this.context);
		this.mvc.perform(get("/"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Deelfietsen voor het personeel"))));
	}

	@Test
	void showsFiguresComputedFromTheData() throws Exception {
		PracticeCatalog.Statistics statistics = this.catalog.statistics();
		this.mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span class=\"figures__number\">"
					+ statistics.publishedPractices() + "</span> gepubliceerde praktijken")))
			.andExpect(content().string(containsString("<span class=\"figures__number\">"
					+ statistics.municipalitiesWithPractices() + "</span> gemeenten")))
			.andExpect(content().string(containsString("role=\"search\"")))
			.andExpect(content().string(containsString("Uitgelicht")));
	}

}
