package be.lokaalcirculair.opendata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Export, then import, gives the same fiches: the JSON of the API (one fiche each, as an
 * array), and the CSV and XLSX exports. "The same" is the API's fiche, apart from what
 * identifies a fiche or says when it was written: its id, slug, address and times.
 */
@ImportTest
class ImportRoundTripTests {

	static final List<String> IDENTITY = List.of("id", "slug", "url", "publishedAt", "updatedAt");

	@Autowired
	MockMvc mvc;

	@Autowired
	FicheImport imports;

	@Autowired
	JdbcTemplate jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theApiJsonOfEveryDemoFicheComesBackAsTheSameFiches() throws Exception {
		List<Long> originals = this.jdbc.queryForList(
				"select id from practice where demo = true and moderation_state = 'PUBLISHED' order by id", Long.class);
		List<String> fiches = new ArrayList<>();
		for (long id : originals) {
			fiches.add(api("/api/v1/practices/" + id));
		}
		List<Long> copies = importFile("praktijken.json", ("[" + String.join(",", fiches) + "]").getBytes());
		assertThat(copies).hasSameSizeAs(originals);
		for (int i = 0; i < originals.size(); i++) {
			assertThat(withoutIdentity(api("/api/v1/practices/" + copies.get(i))))
				.as("fiche %d after export and import", originals.get(i))
				.isEqualTo(withoutIdentity(fiches.get(i)));
		}
	}

	@Test
	void theCsvExportComesBackAsTheSameFiches() throws Exception {
		roundTrip("/api/v1/practices.csv", "praktijken.csv", "30000");
	}

	@Test
	void theXlsxExportComesBackAsTheSameFiches() throws Exception {
		roundTrip("/api/v1/practices.xlsx", "praktijken.xlsx", "70000");
	}

	/**
	 * Exports the fiches of a province (other import tests write elsewhere), imports the
	 * file and compares each copy with its original.
	 */
	private void roundTrip(String export, String name, String province) throws Exception {
		List<Long> originals = new ArrayList<>();
		for (JsonNode item : this.json.readTree(api("/api/v1/practices?size=100&province=" + province)).path("items")) {
			originals.add(item.path("id").asLong());
		}
		byte[] file = this.mvc.perform(get(export).param("province", province))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<Long> copies = importFile(name, file);
		assertThat(copies).hasSameSizeAs(originals).isNotEmpty();
		for (int i = 0; i < originals.size(); i++) {
			assertThat(withoutIdentity(api("/api/v1/practices/" + copies.get(i))))
				.as("fiche %d after %s export and import", originals.get(i), name)
				.isEqualTo(withoutIdentity(api("/api/v1/practices/" + originals.get(i))));
		}
	}

	/** Imports a file and returns the ids of the new fiches, in the file's order. */
	private List<Long> importFile(String name, byte[] content) throws Exception {
		long before = this.jdbc.queryForObject("select coalesce(max(id), 0) from practice", Long.class);
		Path file = Files.createTempFile("roundtrip", name);
		try {
			Files.write(file, content);
			ImportOutcome outcome = this.imports.commit(new ImportFile(name, file), null,
					new FicheImport.Stamp("import: test", "Redactie"), (rows) -> {
					}, (done) -> {
					});
			assertThat(outcome.issues()).filteredOn(ImportIssue::error).isEmpty();
		}
		finally {
			Files.delete(file);
		}
		return this.jdbc.queryForList("select id from practice where id > ? order by id", Long.class, before);
	}

	private String api(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

	private JsonNode withoutIdentity(String fiche) {
		ObjectNode node = (ObjectNode) this.json.readTree(fiche);
		IDENTITY.forEach(node::remove);
		return node;
	}

}
