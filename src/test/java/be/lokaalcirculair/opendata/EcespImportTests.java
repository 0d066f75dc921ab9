package be.lokaalcirculair.opendata;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 5, item 4: the 787 real good practices of the European Circular Economy
 * Stakeholder Platform come in through the column mapping
 * {@code src/test/resources/import/ecesp-mapping.json}; the import says what it could not
 * map, and the fiches are found by the search. The data set is for tests only (see
 * ../shared/data/SOURCES.md): it is read where it lies and never copied into the project.
 */
@ImportTest
class EcespImportTests {

	/** Where the shared data lies, relative to the project (and to a worktree of it). */
	static final List<Path> DATA = List.of(Path.of("..", "shared", "data", "praktijken", "ecesp_good_practices.csv"),
			Path.of("..", "..", "shared", "data", "praktijken", "ecesp_good_practices.csv"));

	@Autowired
	FicheImport imports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theRealEuropeanGoodPracticesComeInThroughTheirMappingAndAreFound() throws Exception {
		Path data = DATA.stream().filter(Files::isReadable).findFirst().orElse(null);
		assumeTrue(data != null, "../shared/data/praktijken/ecesp_good_practices.csv is absent: "
				+ "the real-data import test is skipped (in CI the shared data is present)");
		if (this.jdbc.queryForObject("select count(*) from organisation where slug = 'ecesp-test'",
				Integer.class) == 0) {
			this.jdbc.update("insert into organisation (slug, name, type, demo, created_at) "
					+ "values ('ecesp-test', 'European Circular Economy Stakeholder Platform (test)', 'partner', false, current_timestamp)");
		}
		ColumnMapping mapping = ColumnMapping
			.parse(new ClassPathResource("import/ecesp-mapping.json").getContentAsString(StandardCharsets.UTF_8));
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		ImportOutcome outcome;
		try {
			outcome = this.imports.commit(new ImportFile("ecesp_good_practices.csv", data), mapping,
					new FicheImport.Stamp("import: ecesp", "Redactie"), (rows) -> {
					}, (done) -> {
					});
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}

		assertThat(outcome.issues()).filteredOn(ImportIssue::error).isEmpty();
		assertThat(outcome.rows()).isEqualTo(787);
		assertThat(outcome.imported()).isEqualTo(787);
		List<String> notes = outcome.issues().stream().map(ImportIssue::message).toList();
		assertThat(notes).contains(
				"These columns of the file were deliberately not read: Type of Organisation, Country, Language, Scope.",
				"The value ‘Production’ of column ‘Key Area’ has no code for ‘themes’ and was left out (310 rows).",
				"‘title’ shortened to 120 characters (14 rows).", "‘summary’ shortened to 300 characters (234 rows).");
		assertThat(notes).anyMatch((note) -> note.startsWith("No value for ‘themes’: ‘afval-en-materialen’ used ("));
		assertThat(this.jdbc.queryForObject(
				"select count(distinct slug) from practice where provenance = 'ECESP good practices (circulareconomy.europa.eu)'",
				Integer.class))
			.as("two pairs of equal titles still get a fiche each")
			.isEqualTo(787);

		String found = this.mvc.perform(get("/api/v1/practices").param("q", "SYMBA bio-based industrial symbiosis"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Stream.of((List<String>) JsonPath.read(found, "$.items[*].title")).flatMap(List::stream))
			.contains("SYMBA project: innovative industrial symbiosis in the bio-based industrial ecosystem");
		assertThat(this.mvc.perform(get("/praktijken").param("q", "textile recycling").param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("practices found");
		String textiles = this.mvc.perform(
				get("/api/v1/practices").param("theme", "textiel").param("municipality", "21004").param("q", "textile"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(textiles, "$.totalItems")).isGreaterThan(10);
	}

}
