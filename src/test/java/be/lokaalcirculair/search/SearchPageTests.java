package be.lokaalcirculair.search;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import be.lokaalcirculair.support.PlatformTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The search page: facets as plain links and checkboxes, htmx fragments, bad input. */
@PlatformTest
class SearchPageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void facetsAreCheckboxesWithCountsThatWorkWithoutJavaScript() throws Exception {
		this.mvc.perform(get("/praktijken?thema=textiel").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"thema\" value=\"textiel\" checked")))
			.andExpect(content().string(containsString("<span class=\"count\">(")))
			.andExpect(
					content().string(containsString("<form id=\"search-form\" method=\"get\" action=\"/praktijken\"")));
	}

	@Test
	void withHtmxOnlyTheSearchRegionIsSent() throws Exception {
		this.mvc.perform(get("/praktijken?q=textiel").header("HX-Request", "true").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<div id=\"search-region\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void aTypoOffersTheCorrection() throws Exception {
		this.mvc.perform(get("/praktijken?q=kringwinkl").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bedoelde u")))
			.andExpect(content().string(containsString("q=kringwinkel")));
	}

	@Test
	void unknownFacetValuesAreReportedNotFatal() throws Exception {
		this.mvc.perform(get("/praktijken?thema=bestaat-niet&sdg=99&gemeente=00000").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("bestaat-niet")))
			.andExpect(content().string(containsString("00000")));
	}

	@Test
	void badInputGivesACleanAnswer() throws Exception {
		this.mvc.perform(get("/praktijken").param("q", "x".repeat(10_000)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/praktijken").param("pagina", "abc").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/praktijken").param("pagina", "-1").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/praktijken").param("afstand", "-5").param("nabij", "44021").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest());
		for (String raw : new String[] { "title:*", "\"", "(", "~", "\\", "a:b OR c" }) {
			this.mvc.perform(get("/praktijken").param("q", raw).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
		}
		this.mvc.perform(get("/praktijken").param("pagina", "1000000000").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Deze pagina bestaat niet")));
	}

	@Test
	void theSearchBoxOnTheHomePageLeadsHere() throws Exception {
		this.mvc.perform(get("/praktijken").param("q", "repair cafe").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>")));
	}

}
