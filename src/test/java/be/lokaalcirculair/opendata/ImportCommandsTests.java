package be.lokaalcirculair.opendata;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import be.lokaalcirculair.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands {@code import FILE [--dry-run]} and {@code export FILE}, as
 * {@link CommandLine} runs them: a report on the console and an exit code that says
 * whether the import was refused.
 */
@ImportTest
class ImportCommandsTests {

	@Autowired
	ImportCommands commands;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path directory;

	@Test
	void aDryRunReportsAndWritesNothingAnImportWritesEverything() throws Exception {
		Path file = csv("cli.csv", 3, "qwzcommandline");
		Run dry = run("import", file.toString(), "--dry-run");
		assertThat(dry.code()).isEqualTo(CommandLine.DONE);
		assertThat(dry.output()).contains("Import van cli.csv: 3 rijen, 0 fouten.",
				"Proefronde zonder fouten: 3 fiches kunnen ingelezen worden. Er is niets ingelezen.");
		assertThat(count("qwzcommandline")).isZero();

		Run real = run("import", file.toString());
		assertThat(real.code()).isEqualTo(CommandLine.DONE);
		assertThat(real.output()).containsPattern("3 fiches zijn ingelezen en gepubliceerd in \\d+,\\d s\\.");
		assertThat(count("qwzcommandline")).isEqualTo(3);
		assertThat(this.jdbc
			.queryForList("select distinct provenance from practice where title like '%qwzcommandline%'", String.class))
			.singleElement()
			.asString()
			.startsWith("import: cli.csv, ")
			.endsWith(" (de opdrachtregel)");
	}

	@Test
	void aRefusedImportPrintsItsReportInEnglishOnRequestAndExitsWithOne() throws Exception {
		Path file = csv("bad.csv", 3, "qwzrefused");
		String content = Files.readString(file).replace(",lopend,", ",bezig,");
		Files.writeString(file, content);
		Run refused = run("import", file.toString(), "--lang=en");
		assertThat(refused.code()).isEqualTo(CommandLine.REFUSED);
		assertThat(refused.output()).contains("Import of bad.csv: 3 rows, 2 errors.",
				"E 2\tstatus\tbezig\tThis choice does not exist.", "Refused: nothing was imported.");
		assertThat(count("qwzrefused")).isZero();
	}

	@Test
	void wrongUseExitsWithTwo() {
		assertThat(run("import").code()).isEqualTo(CommandLine.USAGE);
		assertThat(run("import", this.directory.resolve("bestaat-niet.csv").toString()).output())
			.contains("Dit bestand bestaat niet");
		assertThat(run("export", this.directory.resolve("fiches.pdf").toString()).code()).isEqualTo(CommandLine.USAGE);
	}

	@Test
	void theExportsWriteEveryPublishedFicheInEachFormat() throws Exception {
		int published = this.jdbc.queryForObject("select count(*) from practice where moderation_state = 'PUBLISHED'",
				Integer.class);
		Path json = this.directory.resolve("fiches.json");
		Run exported = run("export", json.toString());
		assertThat(exported.code()).isEqualTo(CommandLine.DONE);
		JsonNode array = JsonMapper.builder().build().readTree(json.toFile());
		assertThat(array.size()).isEqualTo(published);
		assertThat(array.get(0).has("leadOrganisation")).isTrue();

		Path csv = this.directory.resolve("fiches.csv");
		assertThat(run("export", csv.toString()).code()).isZero();
		try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8,
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			assertThat(parser.getHeaderNames().stream().map((name) -> name.replace("\uFEFF", "")))
				.containsExactlyElementsOf(FicheColumns.KINDS.keySet());
			assertThat(parser.getRecords()).hasSize(published);
		}
		Path xlsx = this.directory.resolve("fiches.xlsx");
		assertThat(run("export", xlsx.toString()).code()).isZero();
		try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(published);
		}
	}

	private Path csv(String name, int rows, String word) throws Exception {
		String lead = this.organisations.organisationOfMunicipality("12025").orElseThrow().getSlug();
		List<Map<String, String>> fiches = new ArrayList<>();
		for (int i = 1; i <= rows; i++) {
			fiches.add(ImportFixtures.fiche(i, word, lead));
		}
		return Files.writeString(this.directory.resolve(name), ImportFixtures.csv(fiches));
	}

	private int count(String word) {
		return this.jdbc.queryForObject("select count(*) from practice where title like ?", Integer.class,
				"%" + word + "%");
	}

	private Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = this.commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8));
	}

	record Run(int code, String output) {
	}

}
