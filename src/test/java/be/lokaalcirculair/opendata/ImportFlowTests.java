package be.lokaalcirculair.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import as an editor uses it (issue 5, "done when"): a spreadsheet of 500 fiches
 * with 3 bad rows is refused with a report of exactly those rows; corrected, it is
 * imported whole, with progress, and the fiches are found by the search and the API.
 */
@ImportTest
class ImportFlowTests {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ImportJobs jobs;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEditorImportsA500RowSpreadsheetAfterFixingItsThreeBadRows() throws Exception {
		AccountPrincipal editor = AccountFixtures.create(this.context, "import.editor@example.org", Role.EDITOR, null);
		String lead = this.organisations.organisationOfMunicipality("12025").orElseThrow().getSlug();
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 1; i <= 500; i++) {
			rows.add(ImportFixtures.fiche(i, "qwzspreadsheet", lead));
		}
		rows.get(49).put("municipalities", "Atlantis");
		rows.get(199).put("status", "bezig");
		rows.get(419).put("title", "");

		long rejected = upload(editor, ImportFixtures.xlsx(rows));
		assertThat(ImportFixtures.awaitEnd(this.context, rejected).state()).isEqualTo(ImportState.REJECTED);
		List<ImportIssue> errors = this.jobs.issues(rejected).stream().filter(ImportIssue::error).toList();
		assertThat(errors).extracting(ImportIssue::row, ImportIssue::field, ImportIssue::value)
			.containsExactly(tuple(51, "municipalities", "Atlantis"), tuple(201, "status", "bezig"),
					tuple(421, "title", ""));
		assertThat(errors.get(0).message()).isEqualTo("Deze gemeente kennen we niet: Atlantis.");
		assertThat(errors.get(2).message()).isEqualTo("Vul dit veld in.");
		String report = page(editor, rejected);
		assertThat(report).contains("Atlantis", "bezig", "3 fouten in 3 rijen");
		assertThat(published("qwzspreadsheet")).as("nothing imported after the dry run").isZero();

		rows.get(49).put("municipalities", "Kruibeke");
		rows.get(199).put("status", "lopend");
		rows.get(419).put("title", "Fiche 420 over qwzspreadsheet");
		long fixed = upload(editor, ImportFixtures.xlsx(rows));
		assertThat(ImportFixtures.awaitEnd(this.context, fixed).state()).isEqualTo(ImportState.CHECKED);
		assertThat(page(editor, fixed)).contains("500 fiches inlezen en publiceren");
		assertThat(published("qwzspreadsheet")).as("nothing imported before the editor confirms").isZero();

		this.mvc.perform(post("/beheer/import/" + fixed).with(csrf()).with(user(editor)))
			.andExpect(status().is3xxRedirection());
		ImportJob done = ImportFixtures.awaitEnd(this.context, fixed);
		assertThat(done.state()).isEqualTo(ImportState.DONE);
		assertThat(done.importedCount()).isEqualTo(500);
		assertThat(done.rowsDone()).isEqualTo(500);
		assertThat(page(editor, fixed)).contains("500 fiches zijn ingelezen en gepubliceerd.");
		assertThat(published("qwzspreadsheet")).isEqualTo(500);

		assertThat(this.mvc.perform(get("/praktijken").param("q", "qwzspreadsheet"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("500 praktijken gevonden", "Samenvatting van");
		String list = this.mvc.perform(get("/api/v1/practices").param("q", "qwzspreadsheet").param("size", "100"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(list, "$.totalItems")).isEqualTo(500);
		Long id = this.jdbc.queryForObject("select id from practice where title = ?", Long.class,
				"Fiche 50 over qwzspreadsheet");
		String fiche = this.mvc.perform(get("/api/v1/practices/" + id)).andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(fiche, "$.provenance")).startsWith("import " + fixed + ": inventaris.xlsx, ");
		assertThat((List<String>) JsonPath.read(fiche, "$.municipalities[*].nisCode")).containsExactly("46030");
		assertThat((Boolean) JsonPath.read(fiche, "$.validated")).isTrue();
	}

	@Test
	void theProgressOfAnImportIsShownAndFollowedWithHtmxOrAReloadLink() throws Exception {
		AccountPrincipal editor = AccountFixtures.create(this.context, "import.progress@example.org", Role.EDITOR,
				null);
		long id = this.jobs.create("groot.csv", ImportFormat.CSV, "title\n".getBytes(), null, editor.id(), "nl");
		this.jdbc.update("update import_job set state = 'IMPORTING', rows_total = 5000, rows_done = 1250 where id = ?",
				id);
		String page = page(editor, id);
		assertThat(page).contains("Bezig: 1.250 van 5.000 fiches ingelezen", "max=\"5000\"", "value=\"1250\"",
				"data-hx-trigger=\"every 1s\"", "href=\"/beheer/import/" + id + "\"");
		this.mvc.perform(get("/beheer/import/" + id).header("HX-Request", "true").with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("HX-Refresh"));
		this.jdbc.update("update import_job set state = 'DONE', imported_count = 5000 where id = ?", id);
		this.mvc.perform(get("/beheer/import/" + id).header("HX-Request", "true").with(user(editor)))
			.andExpect(header().string("HX-Refresh", "true"));
	}

	private long upload(AccountPrincipal editor, byte[] content) throws Exception {
		String location = this.mvc
			.perform(
					multipart("/beheer/import").file(new MockMultipartFile("bestand", "inventaris.xlsx", XLSX, content))
						.with(csrf())
						.with(user(editor)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private String page(AccountPrincipal editor, long id) throws Exception {
		return this.mvc.perform(get("/beheer/import/" + id).with(user(editor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private int published(String word) {
		return this.jdbc.queryForObject(
				"select count(*) from practice where title like ? and moderation_state = 'PUBLISHED'", Integer.class,
				"%" + word + "%");
	}

}
