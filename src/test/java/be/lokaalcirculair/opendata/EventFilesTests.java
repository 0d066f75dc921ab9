package be.lokaalcirculair.opendata;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import be.lokaalcirculair.network.EventFixtures;
import be.lokaalcirculair.network.NetworkEvent;
import be.lokaalcirculair.shared.web.Ui;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The events in the files and on the pages other sites read: the CSV and XLSX exports
 * with their documented columns and neutralised formulas, the Atom feed, the sitemap, and
 * schema.org JSON-LD with Open Graph on the event's page.
 */
@PlatformTest
class EventFilesTests {

	private static final String BASE = "http://localhost:8080";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void theCsvHasTheDocumentedColumnsAndNeutralisesFormulas() throws Exception {
		NetworkEvent event = EventFixtures.create(this.context,
				"=HYPERLINK(\"http://evil.example\";\"x\") " + UUID.randomUUID(), 11, 7, "");
		MvcResult result = this.mvc.perform(get("/api/v1/events.csv?when=all"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8;header=present"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"lokaal-circulair-activiteiten.csv\""))
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andReturn();
		List<CSVRecord> records = ExportTests.csv(result.getResponse().getContentAsByteArray());
		List<String> documented = documentedColumns();
		assertThat(documented).contains("id", "title", "startsAt", "seatsLeft", "full", "practiceIds")
			.doesNotContain("onlineUrl", "email", "participants");
		assertThat(records.get(0).getParser().getHeaderNames()).isEqualTo(documented);
		CSVRecord row = records.stream()
			.filter((r) -> r.get("id").equals(event.getId().toString()))
			.findFirst()
			.orElseThrow();
		assertThat(row.get("title")).isEqualTo("'" + event.getTitle());
		assertThat(row.get("type")).isEqualTo("workshop");
		assertThat(row.get("themes")).isEqualTo("textiel");
		assertThat(row.get("municipality")).isEqualTo("12025");
		assertThat(row.get("seatsLeft")).isEqualTo("7");
		assertThat(row.get("full")).isEqualTo("false");
		assertThat(row.get("speakers")).isEqualTo("Spreker Een\nSpreker Twee");
		assertThat(OffsetDateTime.parse(row.get("startsAt")).toInstant()).isEqualTo(event.getStartsAt());
		String tag = result.getResponse().getHeader(HttpHeaders.ETAG);
		this.mvc.perform(get("/api/v1/events.csv?when=all").header(HttpHeaders.IF_NONE_MATCH, tag))
			.andExpect(status().isNotModified());
	}

	@Test
	void theXlsxOpensWithTheSameRowsAsTheCsv() throws Exception {
		NetworkEvent event = EventFixtures.create(this.context, "@SUM(1+1) " + UUID.randomUUID(), 13, 4, "");
		List<CSVRecord> records = ExportTests.csv(body("/api/v1/events.csv?type=workshop"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(body("/api/v1/events.xlsx?type=workshop")))) {
			Sheet sheet = workbook.getSheet("activiteiten");
			assertThat(sheet.getLastRowNum()).isEqualTo(records.size());
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("id");
			Row found = null;
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && (long) row.getCell(0).getNumericCellValue() == event.getId()) {
					found = row;
				}
			}
			assertThat(found).isNotNull();
			assertThat(found.getCell(3).getCellType()).as("never a formula").isEqualTo(CellType.STRING);
			assertThat(found.getCell(3).getStringCellValue()).isEqualTo("'" + event.getTitle());
		}
	}

	@Test
	void theAtomFeedHasTheEventsToComeAndTheAgendaLinksToIt() throws Exception {
		NetworkEvent soon = EventFixtures.create(this.context, "Repaircafé opstarten " + UUID.randomUUID(), 1, 20, "");
		NetworkEvent past = EventFixtures.create(this.context, "Voorbij " + UUID.randomUUID(), -3, 20, "");
		MvcResult result = this.mvc.perform(get("/feeds/activiteiten.atom"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andReturn();
		SyndFeed feed = new SyndFeedInput().build(new StringReader(result.getResponse().getContentAsString()));
		assertThat(feed.getTitle()).contains("activiteiten");
		List<String> links = feed.getEntries().stream().map(SyndEntry::getLink).toList();
		assertThat(links).contains(BASE + "/activiteiten/" + soon.getSlug())
			.doesNotContain(BASE + "/activiteiten/" + past.getSlug());
		SyndEntry entry = feed.getEntries().get(links.indexOf(BASE + "/activiteiten/" + soon.getSlug()));
		assertThat(entry.getUri()).isEqualTo(BASE + "/api/v1/events/" + soon.getId());
		assertThat(entry.getTitle()).isEqualTo(soon.getTitle());
		assertThat(entry.getCategories()).extracting((category) -> category.getName()).contains("workshop", "textiel");
		assertThat(entry.getDescription().getValue()).contains("Stadhuis, Grote Markt 21", soon.getSummary());
		String tag = result.getResponse().getHeader(HttpHeaders.ETAG);
		this.mvc.perform(get("/feeds/activiteiten.atom").header(HttpHeaders.IF_NONE_MATCH, tag))
			.andExpect(status().isNotModified());
		Document agenda = Jsoup.parse(new String(body("/activiteiten"), StandardCharsets.UTF_8));
		assertThat(agenda.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
			.contains("/feeds/activiteiten.atom");
	}

	@Test
	void everyEventPageIsInTheSitemap() throws Exception {
		NetworkEvent event = EventFixtures.create(this.context, "In de sitemap " + UUID.randomUUID(), -30, 20, "");
		assertThat(new String(body("/sitemap.xml"), StandardCharsets.UTF_8))
			.contains("<loc>" + BASE + "/sitemaps/activiteiten.xml</loc>");
		String sitemap = new String(body("/sitemaps/activiteiten.xml"), StandardCharsets.UTF_8);
		assertThat(sitemap).contains("<loc>" + BASE + "/activiteiten/" + event.getSlug() + "</loc>");
		this.mvc.perform(get("/activiteiten/" + event.getSlug())).andExpect(status().isOk());
	}

	@Test
	void anEventPageDescribesItselfAsAnEventWithoutThePrivateLink() throws Exception {
		String secret = "https://meet.example.org/" + UUID.randomUUID();
		NetworkEvent online = EventFixtures.create(this.context, "Webinar </script><b>x</b> " + UUID.randomUUID(), 8,
				30, secret);
		EventFixtures.cancel(this.context, online);
		String html = new String(body("/activiteiten/" + online.getSlug()), StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("</script><b>", secret);
		Document page = Jsoup.parse(html);
		JsonNode data = JsonMapper.builder()
			.build()
			.readTree(page.selectFirst("script[type=application/ld+json]").data());
		assertThat(data.path("@context").asString()).isEqualTo("https://schema.org");
		assertThat(data.path("@type").asString()).isEqualTo("Event");
		assertThat(data.path("name").asString()).isEqualTo(online.getTitle());
		assertThat(OffsetDateTime.parse(data.path("startDate").asString()).toInstant()).isEqualTo(online.getStartsAt());
		assertThat(data.path("startDate").asString()).contains("T10:00").matches(".*\\+0[12]:00$");
		assertThat(OffsetDateTime.parse(data.path("endDate").asString()).toInstant()).isEqualTo(online.getEndsAt());
		assertThat(data.path("eventStatus").asString()).isEqualTo("https://schema.org/EventCancelled");
		assertThat(data.path("eventAttendanceMode").asString())
			.isEqualTo("https://schema.org/OnlineEventAttendanceMode");
		assertThat(data.path("location").path("@type").asString()).isEqualTo("VirtualLocation");
		assertThat(data.path("location").path("url").asString()).isEqualTo(BASE + "/activiteiten/" + online.getSlug());
		assertThat(data.path("organizer").path("name").asString()).isEqualTo("Lokaal Circulair");
		assertThat(data.path("performer").path(0).path("name").asString()).isEqualTo("Spreker Een");
		assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(online.getTitle());
		assertThat(page.selectFirst("meta[property=og:description]").attr("content")).isEqualTo(online.getSummary());
		assertThat(page.selectFirst("meta[property=og:url]").attr("content"))
			.isEqualTo(BASE + "/activiteiten/" + online.getSlug());

		NetworkEvent onSite = EventFixtures.create(this.context, "Excursie " + UUID.randomUUID(), 8, 30, "");
		JsonNode place = JsonMapper.builder()
			.build()
			.readTree(Jsoup.parse(new String(body("/activiteiten/" + onSite.getSlug()), StandardCharsets.UTF_8))
				.selectFirst("script[type=application/ld+json]")
				.data());
		assertThat(place.path("eventStatus").asString()).isEqualTo("https://schema.org/EventScheduled");
		assertThat(place.path("eventAttendanceMode").asString())
			.isEqualTo("https://schema.org/OfflineEventAttendanceMode");
		assertThat(place.path("location").path("@type").asString()).isEqualTo("Place");
		assertThat(place.path("location").path("address").path("addressLocality").asString()).isEqualTo("Mechelen");
		assertThat(place.path("location").path("address").path("streetAddress").asString())
			.isEqualTo("Stadhuis, Grote Markt 21");
		assertThat(place.path("remainingAttendeeCapacity").asInt()).isEqualTo(30);
		assertThat(onSite.getStartsAt().atZone(Ui.ZONE).getHour()).isEqualTo(10);
	}

	@Test
	void theOpenDataPageAndTheApiDescriptionDocumentTheEventColumns() throws Exception {
		List<String> documented = documentedColumns();
		assertThat(documented).hasSize(EventRow.COLUMNS.size());
		Document page = Jsoup.parse(new String(body("/open-data"), StandardCharsets.UTF_8));
		assertThat(page.select("a[href^=/api/v1/events.csv]")).isNotEmpty();
		assertThat(page.select("a[href^=/api/v1/events.xlsx]")).isNotEmpty();
		String api = new String(body("/api/openapi.json"), StandardCharsets.UTF_8);
		for (String column : documented) {
			assertThat(api).contains("`" + column + "`");
		}
	}

	private List<String> documentedColumns() throws Exception {
		Document page = Jsoup.parse(new String(body("/open-data"), StandardCharsets.UTF_8));
		return page.select("#columns-event tbody th code").eachText();
	}

	private byte[] body(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

}
