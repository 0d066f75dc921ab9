package be.lokaalcirculair.opendata;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.practice.Practice;
import be.lokaalcirculair.practice.PracticeFixtures;
import be.lokaalcirculair.shared.taxonomy.Theme;
import be.lokaalcirculair.support.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * QUALITY.md S14: no personal data in any public response of the API. Collects every
 * personal value the database holds (contact persons, authors' and editors' names and
 * addresses, moderation comments, quoted persons), then reads every response of the API
 * and every export, and looks for them and for anything shaped like an e-mail address.
 */
@PlatformTest
class PublicResponsesTests {

	static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeFixtures() {
		PracticeFixtures.removeAll(this.context);
	}

	@Test
	void noPublicResponseHoldsPersonalData() throws Exception {
		Practice practice = ficheWithEveryKindOfPersonalData();
		Set<String> personal = personalValues();
		assertThat(personal).as("the scan knows the fixture's personal data and the demo data's")
			.contains("Zeynep Vandenbulcke-Uniek", "zeynep.uniek@example.org", "+32 470 99 88 77",
					"Opmerking van de redactie: bel eerst Zeynep", "privacy.author@example.org");
		assertThat(personal.size()).as("demo contacts and editors are in the scan").isGreaterThan(50);
		Map<String, String> responses = publicResponses();
		assertThat(responses.values()).as("the scan covers the fixture fiche")
			.anyMatch((text) -> text.contains("Privacy-proef met herbruikbare bekers"));
		assertThat(responses.get("/api/v1/practices/" + practice.getId())).contains("Privacy-proef");
		List<String> leaks = new ArrayList<>();
		responses.forEach((path, text) -> {
			String lower = text.toLowerCase(Locale.ROOT);
			personal.stream()
				.filter((value) -> lower.contains(value.toLowerCase(Locale.ROOT)))
				.forEach((value) -> leaks.add(path + ": " + value));
			EMAIL.matcher(text).results().forEach((match) -> leaks.add(path + ": e-mail " + match.group()));
		});
		assertThat(leaks).as("personal data in public responses").isEmpty();
	}

	/**
	 * A published fiche with a contact person, an author, an editor's validation, a
	 * moderation comment and a quoted person.
	 */
	private Practice ficheWithEveryKindOfPersonalData() {
		AccountPrincipal author = AccountFixtures.create(this.context, "privacy.author@example.org", Role.MEMBER,
				"12025");
		Practice practice = PracticeFixtures.publish(this.context, "privacy", "Privacy-proef met herbruikbare bekers",
				"Een fiche met alle soorten persoonsgegevens.", "Tekst.", "12025", Theme.EVENEMENTEN);
		this.jdbc.update("""
				update practice set contact_name = ?, contact_role = ?, contact_email = ?, contact_phone = ?,
				validated_by = ?, moderation_comment = ?, testimony_quote = ?, testimony_author = ?,
				author_account_id = ? where id = ?""", "Zeynep Vandenbulcke-Uniek", "projectleider",
				"zeynep.uniek@example.org", "+32 470 99 88 77", "Redacteur Rik Uniekens",
				"Opmerking van de redactie: bel eerst Zeynep", "Het werkte boven verwachting.",
				"Zeynep Vandenbulcke-Uniek, projectleider", author.id(), practice.getId());
		return practice;
	}

	/** Every personal value in the database, long enough not to match by chance. */
	private Set<String> personalValues() {
		Set<String> values = new LinkedHashSet<>();
		values.addAll(this.jdbc.queryForList("""
				select contact_name from practice union select contact_email from practice
				union select contact_phone from practice union select validated_by from practice
				union select moderation_comment from practice union select testimony_author from practice""",
				String.class));
		values.addAll(this.jdbc.queryForList("select display_name from account union select email from account",
				String.class));
		values.addAll(this.jdbc.queryForList(
				"select display_name from event_registration union select email from event_registration",
				String.class));
		values.removeIf((value) -> value == null || value.strip().length() < 6);
		return values;
	}

	/** The text of every public response of the API, by path. */
	private Map<String, String> publicResponses() throws Exception {
		Map<String, String> responses = new LinkedHashMap<>();
		for (String path : List.of("/api/v1/taxonomy", "/api/openapi.json", "/api/v1/practices.csv",
				"/api/v1/organisations.csv", "/api/v1/practices?q=bekers", "/api/v1/municipalities/12025")) {
			responses.put(path, text(path));
		}
		responses.put("/api/v1/practices.xlsx", xlsxText("/api/v1/practices.xlsx"));
		responses.put("/api/v1/organisations.xlsx", xlsxText("/api/v1/organisations.xlsx"));
		// events (eventsdata): every event, with its speakers but nothing of its
		// participants
		for (String path : List.of("/api/v1/events?when=all&size=100", "/api/v1/events.csv?when=all",
				"/feeds/activiteiten.atom")) {
			responses.put(path, text(path));
		}
		responses.put("/api/v1/events.xlsx", xlsxText("/api/v1/events.xlsx?when=all"));
		for (int page = 1;; page++) {
			String path = "/api/v1/practices?size=100&page=" + page;
			String json = responses.computeIfAbsent(path, this::uncheckedText);
			for (Object id : JsonPath.<List<Object>>read(json, "$.items[*].id")) {
				responses.put("/api/v1/practices/" + id, text("/api/v1/practices/" + id));
			}
			if (page >= ((Number) JsonPath.read(json, "$.totalPages")).intValue()) {
				break;
			}
		}
		for (int page = 1; page <= 3; page++) {
			String path = "/api/v1/organisations?size=500&page=" + page;
			responses.put(path, text(path));
		}
		return responses;
	}

	private String uncheckedText(String path) {
		try {
			return text(path);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String text(String path) throws Exception {
		return new String(this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private String xlsxText(String path) throws Exception {
		byte[] bytes = this.mvc.perform(get(path)).andReturn().getResponse().getContentAsByteArray();
		StringBuilder text = new StringBuilder();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			for (Row row : workbook.getSheetAt(0)) {
				for (Cell cell : row) {
					text.append(cell.toString()).append('\t');
				}
				text.append('\n');
			}
		}
		return text.toString();
	}

}
