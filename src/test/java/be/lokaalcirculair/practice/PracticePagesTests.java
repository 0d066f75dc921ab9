package be.lokaalcirculair.practice;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformTest
class PracticePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PracticeCatalog catalog;

	@Autowired
	PracticeRepository practices;

	@Test
	void theListShowsPublishedFichesOnly() throws Exception {
		Practice unpublished = this.practices.findAll()
			.stream()
			.filter((p) -> !p.getModerationState().isPublic())
			.findFirst()
			.orElseThrow();
		Practice published = this.catalog.published(PracticeFilter.none(), 0, 1, PracticeSort.NEWEST)
			.getContent()
			.get(0);
		this.mvc.perform(get("/praktijken").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(escaped(published.getTitle()))))
			.andExpect(content().string(not(containsString(escaped(unpublished.getTitle())))));
		this.mvc.perform(get("/praktijken/" + unpublished.getSlug()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFichePageShowsItsFieldsAndMarksDemoData() throws Exception {
		Practice practice = this.catalog.published(PracticeFilter.none(), 0, 100, PracticeSort.TITLE)
			.stream()
			.filter((p) -> p.isDemo() && !p.getResults().isEmpty() && !p.getLessons().isEmpty())
			.findFirst()
			.orElseThrow();
		String page = this.mvc.perform(get("/praktijken/" + practice.getSlug()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(escaped(practice.getTitle()), escaped(practice.getSummary()), "Voorbeeldfiche",
				escaped(practice.getLessons().get(0)), escaped(practice.getResults().get(0).name()), "Kerngegevens",
				"class=\"map\"");
		assertThat(page).doesNotContain(practice.getContact().email());
	}

	@Test
	void unknownOrMalformedSlugsAreNotFound() throws Exception {
		this.mvc.perform(get("/praktijken/bestaat-niet").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
		this.mvc.perform(get("/praktijken/Onbekend_Formaat!").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
	}

	/** The text as the templates escape it. */
	static String escaped(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&#34;")
			.replace("'", "&#39;");
	}

}
