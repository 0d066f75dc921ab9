package be.lokaalcirculair.opendata;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import be.lokaalcirculair.practice.ModerationState;
import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.PracticeCatalog;
import be.lokaalcirculair.practice.PracticeFixtures;
import be.lokaalcirculair.shared.taxonomy.Theme;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The exports as someone who reuses them sees them: a CSV parser and POI read the files,
 * their columns are the ones the open-data page documents, a filtered export holds what
 * the search finds, and no text can run as a formula (QUALITY.md S12).
 */
@PlatformTest
class ExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PracticeCatalog catalog;

	@AfterEach
	void removeFixtures() {
		PracticeFixtures.removeAll(this.context);
	}

	@Test
	void theCsvHasTheDocumentedColumnsAndEveryPublishedFiche() throws Exception {
		MvcResult result = this.mvc.perform(get("/api/v1/practices.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8;header=present"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"lokaal-circulair-praktijken.csv\""))
			.andReturn();
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<String> documented = documentedColumns("practice");
		assertThat(documented).contains("id", "title", "themes", "municipalities", "updatedAt");
		assertThat(new String(bytes, StandardCharsets.UTF_8)).as("the header row, ended by CRLF")
			.startsWith("\uFEFF" + String.join(",", documented) + "\r\n");
		List<CSVRecord> records = csv(bytes);
		assertThat(records.get(0).getParser().getHeaderNames()).isEqualTo(documented);
		assertThat(records).hasSize((int) this.catalog.countPublished());
	}

	@Test
	void aCsvRowSaysWhatTheApiSaysInTheDocumentedFormats() throws Exception {
		List<CSVRecord> records = csv(body("/api/v1/practices.csv"));
		CSVRecord row = records.stream()
			.filter((r) -> !r.get("results").isEmpty() && !r.get("budgetEur").isEmpty()
					&& !r.get("startDate").isEmpty())
			.findFirst()
			.orElseThrow();
		String json = new String(body("/api/v1/practices/" + row.get("id")), StandardCharsets.UTF_8);
		assertThat(row.get("title")).isEqualTo(JsonPath.read(json, "$.title"));
		assertThat(row.get("themes")).isEqualTo(String.join(";", JsonPath.<List<String>>read(json, "$.themes")));
		assertThat(row.get("municipalities"))
			.isEqualTo(String.join(";", JsonPath.<List<String>>read(json, "$.municipalities[*].nisCode")));
		assertThat(row.get("leadOrganisationSlug")).isEqualTo(JsonPath.read(json, "$.leadOrganisation.slug"));
		assertThat(new BigDecimal(row.get("budgetEur")))
			.isEqualByComparingTo(new BigDecimal(JsonPath.read(json, "$.budgetEur").toString()));
		assertThat(row.get("results").split("\n")).hasSize(JsonPath.<List<?>>read(json, "$.results").size())
			.allMatch((line) -> line.matches("[^|]+ \\| -?[0-9.]+ \\| [^|]+( \\| \\d{4})?"));
		assertThat(row.get("startDate")).matches("\\d{4}-\\d{2}-\\d{2}")
			.isEqualTo(JsonPath.read(json, "$.startDate").toString());
		assertThat(Instant.parse(row.get("updatedAt"))).isNotNull();
		assertThat(row.get("validated")).isIn("true", "false");
	}

	@Test
	void linksAreLinesOfLabelAndAddress() throws Exception {
		Practice practice = PracticeFixtures.publish(this.context, "links", "Een fiche met links", "Samenvatting.",
				"Tekst.", "12025", Theme.TEXTIEL);
		this.context.getBean(JdbcTemplate.class)
			.update("insert into practice_link (practice_id, position, label, url) values (?, 0, ?, ?), (?, 1, ?, ?)",
					practice.getId(), "Verslag", "https://example.org/verslag.pdf", practice.getId(), "Site, met komma",
					"https://example.org/");
		CSVRecord row = csv(body("/api/v1/practices.csv?theme=textiel")).stream()
			.filter((r) -> r.get("id").equals(practice.getId().toString()))
			.findFirst()
			.orElseThrow();
		assertThat(row.get("links"))
			.isEqualTo("Verslag | https://example.org/verslag.pdf\nSite, met komma | https://example.org/");
	}

	@Test
	void theXlsxHoldsTheSameCellsAsTheCsv() throws Exception {
		List<CSVRecord> records = csv(body("/api/v1/practices.csv"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body("/api/v1/practices.xlsx")))) {
			Sheet sheet = workbook.getSheet("praktijken");
			assertThat(texts(sheet.getRow(0))).isEqualTo(documentedColumns("practice"));
			assertThat(sheet.getLastRowNum()).isEqualTo(records.size());
			for (int i = 0; i < records.size(); i++) {
				Row row = sheet.getRow(i + 1);
				for (int column = 0; column < records.get(i).size(); column++) {
					assertThat(text(row.getCell(column))).as("row %d column %d", i, column)
						.isEqualTo(records.get(i).get(column));
				}
			}
			assertThat(sheet.getRow(1).getCell(0).getCellType()).as("ids are numbers").isEqualTo(CellType.NUMERIC);
		}
	}

	@Test
	void formulasAreNeutralisedInBothFormats() throws Exception {
		Practice practice = PracticeFixtures.publish(this.context, "formule",
				"=HYPERLINK(\"http://evil.example\";\"x\")", "+32 3 123 45 67 belt u", "@SUM(1+1)\n\nen verder",
				"12025", Theme.TEXTIEL);
		CSVRecord row = csv(body("/api/v1/practices.csv")).stream()
			.filter((r) -> r.get("id").equals(practice.getId().toString()))
			.findFirst()
			.orElseThrow();
		assertThat(row.get("title")).isEqualTo("'=HYPERLINK(\"http://evil.example\";\"x\")");
		assertThat(row.get("summary")).isEqualTo("'+32 3 123 45 67 belt u");
		assertThat(row.get("description")).startsWith("'@SUM(1+1)");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body("/api/v1/practices.xlsx")))) {
			Row found = null;
			for (Row candidate : workbook.getSheet("praktijken")) {
				Cell id = candidate.getCell(0);
				if (id.getCellType() == CellType.NUMERIC && (long) id.getNumericCellValue() == practice.getId()) {
					found = candidate;
				}
			}
			assertThat(found).isNotNull();
			for (int column = 3; column <= 5; column++) {
				assertThat(found.getCell(column).getCellType()).as("never a formula").isEqualTo(CellType.STRING);
				assertThat(found.getCell(column).getStringCellValue()).startsWith("'");
			}
		}
	}

	@Test
	void aFilteredExportHoldsExactlyWhatTheSearchFinds() throws Exception {
		for (String filters : List.of("theme=textiel", "q=hergebruik", "province=10000&status=lopend&status=afgerond",
				"near=44021&radiusKm=25", "q=kringwinkl", "lever=circulair-aankopen&sort=titel",
				"sdg=12&startYear=2022", "q=zzqqxx")) {
			List<String> found = searchIds(filters);
			assertThat(ids(csv(body("/api/v1/practices.csv?" + filters)))).as(filters).isEqualTo(found);
		}
		assertThat(searchIds("theme=textiel")).isNotEmpty();
	}

	@Test
	void theSearchPageLinksToAnExportOfItsOwnResults() throws Exception {
		Document page = Jsoup
			.parse(new String(body("/praktijken?q=hergebruik&thema=textiel&thema=afval-en-materialen&sorteer=titel"),
					StandardCharsets.UTF_8));
		Element link = page.selectFirst("a[href^=/api/v1/practices.csv]");
		assertThat(link).isNotNull();
		assertThat(page.selectFirst("a[href^=/api/v1/practices.xlsx]")).isNotNull();
		List<String> exported = ids(csv(body(link.attr("href"))));
		assertThat(exported).isEqualTo(searchIds("q=hergebruik&theme=textiel&theme=afval-en-materialen&sort=titel"));
		List<String> shown = page.select(".card__title a").eachAttr("href");
		assertThat(shown).isNotEmpty();
		List<CSVRecord> rows = csv(body(link.attr("href")));
		for (int i = 0; i < shown.size(); i++) {
			assertThat(shown.get(i)).endsWith("/praktijken/" + rows.get(i).get("slug"));
		}
	}

	@Test
	void onlyPublishedFichesAreExported() throws Exception {
		Practice practice = PracticeFixtures.publish(this.context, "teruggetrokken", "Een fiche die gearchiveerd wordt",
				"Samenvatting.", "Tekst.", "12025", Theme.TEXTIEL);
		assertThat(ids(csv(body("/api/v1/practices.csv?theme=textiel")))).contains(practice.getId().toString());
		PracticeFixtures.moderate(this.context, practice.getId(), ModerationState.ARCHIVED);
		assertThat(ids(csv(body("/api/v1/practices.csv?theme=textiel")))).doesNotContain(practice.getId().toString());
	}

	@Test
	void aTextTooLongForAnExcelCellIsCutOnlyInTheXlsx() throws Exception {
		String description = "Lang verhaal. ".repeat(3000);
		Practice practice = PracticeFixtures.publish(this.context, "lang", "Een heel lange beschrijving",
				"Samenvatting.", description, "12025", Theme.TEXTIEL);
		CSVRecord row = csv(body("/api/v1/practices.csv?theme=textiel")).stream()
			.filter((r) -> r.get("id").equals(practice.getId().toString()))
			.findFirst()
			.orElseThrow();
		assertThat(row.get("description")).isEqualTo(description);
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(body("/api/v1/practices.xlsx?theme=textiel")))) {
			for (Row candidate : workbook.getSheet("praktijken")) {
				if (candidate.getRowNum() > 0
						&& (long) candidate.getCell(0).getNumericCellValue() == practice.getId()) {
					String cell = candidate.getCell(5).getStringCellValue();
					assertThat(cell).hasSize(32767).endsWith("…");
					assertThat(description).startsWith(cell.substring(0, cell.length() - 1));
				}
			}
		}
	}

	@Test
	void theOrganisationsExportFollowsTheListsFilters() throws Exception {
		List<CSVRecord> rows = csv(body("/api/v1/organisations.csv?type=gemeente&region=vlaanderen"));
		assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(documentedColumns("organisation"));
		assertThat(rows).hasSize(285).allMatch((r) -> r.get("type").equals("gemeente"));
		String json = new String(body("/api/v1/organisations?type=gemeente&region=vlaanderen&size=500"),
				StandardCharsets.UTF_8);
		assertThat(rows.stream().map((r) -> r.get("id")).toList())
			.isEqualTo(JsonPath.<List<Object>>read(json, "$.items[*].id").stream().map(String::valueOf).toList());
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(body("/api/v1/organisations.xlsx?type=gemeente&region=vlaanderen")))) {
			assertThat(workbook.getSheet("organisaties").getLastRowNum()).isEqualTo(285);
		}
		CSVRecord partnership = csv(body("/api/v1/organisations.csv?type=intergemeentelijk-samenwerkingsverband"))
			.get(0);
		assertThat(partnership.get("memberMunicipalities")).matches("\\d{5}(;\\d{5})*");
	}

	/** The column names the open-data page lists for a table. */
	private List<String> documentedColumns(String table) throws Exception {
		Document page = Jsoup.parse(new String(body("/open-data"), StandardCharsets.UTF_8));
		return page.select("#columns-" + table + " tbody th code").eachText();
	}

	/** The ids the paged search API gives for these filters, page after page. */
	private List<String> searchIds(String filters) throws Exception {
		List<String> ids = new ArrayList<>();
		for (int page = 1;; page++) {
			String json = new String(body("/api/v1/practices?" + filters + "&size=100&page=" + page),
					StandardCharsets.UTF_8);
			List<Object> items = JsonPath.read(json, "$.items[*].id");
			items.forEach((id) -> ids.add(String.valueOf(id)));
			if (page >= ((Number) JsonPath.read(json, "$.totalPages")).intValue()) {
				return ids;
			}
		}
	}

	private byte[] body(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	static List<CSVRecord> csv(byte[] bytes) throws Exception {
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)),
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			return parser.getRecords();
		}
	}

	private static List<String> ids(List<CSVRecord> records) {
		return records.stream().map((r) -> r.get("id")).toList();
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach((cell) -> texts.add(cell.getStringCellValue()));
		return texts;
	}

	/** A cell as the CSV writes it. */
	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			return ExportColumn.plain(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros());
		}
		return cell.getStringCellValue();
	}

}
