package be.lokaalcirculair.opendata;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The open-data page explains every column of the exports, in Dutch and in English. */
@PlatformTest
class OpenDataPageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void thePageDocumentsEveryColumnAndLinksToTheFiles() throws Exception {
		for (String language : List.of("nl", "en")) {
			Document page = page("/open-data?lang=" + language);
			assertThat(page.select("#columns-practice tbody th code").eachText())
				.isEqualTo(Exports.names(PracticeRow.COLUMNS));
			assertThat(page.select("#columns-organisation tbody th code").eachText())
				.isEqualTo(Exports.names(OrganisationRow.COLUMNS));
			assertThat(page.select("#columns-practice tbody td").eachText()).as("no column without an explanation")
				.noneMatch((text) -> text.isBlank() || text.startsWith("opendata."));
			assertThat(page.select("a[href]").eachAttr("href")).contains("/api/v1/practices.csv",
					"/api/v1/practices.xlsx", "/api/v1/organisations.csv", "/api/v1/organisations.xlsx", "/api/docs");
		}
		assertThat(page("/open-data").select("h1").text()).isEqualTo("Open data");
		assertThat(page("/open-data").text()).contains("byte order mark", "apostrof");
		assertThat(page("/open-data?lang=en").text()).contains("semicolon", "apostrophe");
	}

	@Test
	void everyPageLinksToItFromTheFooter() throws Exception {
		for (String path : List.of("/", "/praktijken", "/organisaties")) {
			assertThat(page(path).select("footer a[href=/open-data]")).as(path).hasSize(1);
		}
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(new String(this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8));
	}

}
