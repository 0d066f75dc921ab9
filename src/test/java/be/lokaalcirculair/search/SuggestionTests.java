package be.lokaalcirculair.search;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.lokaalcirculair.support.PlatformTest;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformTest
class SuggestionTests {

	@Autowired
	MockMvc mvc;

	@Test
	void suggestsTitlesMunicipalitiesAndThemes() throws Exception {
		this.mvc.perform(get("/praktijken/suggesties").param("q", "texti"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].kind", hasItem("fiche")));
		this.mvc.perform(get("/praktijken/suggesties").param("q", "zwijn"))
			.andExpect(jsonPath("$[*].label", hasItem("Beveren-Kruibeke-Zwijndrecht")))
			.andExpect(jsonPath("$[*].url", hasItem("/praktijken?gemeente=46030")));
		this.mvc.perform(get("/praktijken/suggesties").param("q", "texti"))
			.andExpect(jsonPath("$[*].url", hasItem("/praktijken?thema=textiel")));
	}

	@Test
	void tooShortOrTooLongGivesNothing() throws Exception {
		this.mvc.perform(get("/praktijken/suggesties").param("q", "k")).andExpect(jsonPath("$.length()").value(0));
		this.mvc.perform(get("/praktijken/suggesties").param("q", "k".repeat(500)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		this.mvc.perform(get("/praktijken/suggesties").param("q", "\"(*~\\")).andExpect(status().isOk());
	}

}
