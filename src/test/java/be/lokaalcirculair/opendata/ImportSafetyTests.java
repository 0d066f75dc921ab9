package be.lokaalcirculair.opendata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.Role;
import be.lokaalcirculair.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * QUALITY.md S11 and the issue's bad input: hostile and broken files are refused with a
 * clear report, nothing of them is imported, and no external entity is ever resolved. The
 * hostile files are made here.
 */
@ImportTest
class ImportSafetyTests {

	@Autowired
	FicheImport imports;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@TempDir
	Path directory;

	String lead;

	@BeforeEach
	void dutch() {
		LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("nl"));
		this.lead = this.organisations.organisationOfMunicipality("12025").orElseThrow().getSlug();
	}

	@Test
	void anXlsxWithAnExternalEntityIsRefusedWithoutReadingIt() throws Exception {
		Path secret = Files.writeString(this.directory.resolve("secret.txt"), "GEHEIM-7f3a");
		byte[] hostile = withSheet(validXlsx(),
				(sheet) -> sheet
					.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY geheim SYSTEM \"" + secret.toUri() + "\">]>")
					.replace("Fiche 1 over xxe", "&geheim;"));
		ImportOutcome outcome = commit("xxe.xlsx", hostile);
		assertRefused(outcome,
				"Dit XLSX-bestand bevat een documenttypedeclaratie (DOCTYPE), wat een echt werkblad nooit heeft. "
						+ "Het wordt uit voorzorg niet gelezen.");
		assertThat(outcome.issues().toString()).doesNotContain("GEHEIM-7f3a");
		assertThat(this.jdbc.queryForObject("select count(*) from practice where title like '%GEHEIM%'", Integer.class))
			.isZero();
	}

	@Test
	void aDoctypeBehindALongCommentIsFoundToo() throws Exception {
		byte[] hostile = withSheet(validXlsx(),
				(sheet) -> sheet.replaceFirst("\\?>", "?><!--" + "x".repeat(20_000) + "--><!DOCTYPE worksheet>"));
		assertRefused(commit("comment.xlsx", hostile),
				"Dit XLSX-bestand bevat een documenttypedeclaratie (DOCTYPE), wat een echt werkblad nooit heeft. "
						+ "Het wordt uit voorzorg niet gelezen.");
	}

	@Test
	void billionLaughsInAnXlsxAreRefusedAtOnce() throws Exception {
		StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
		for (int i = 1; i <= 9; i++) {
			entities.append("<!ENTITY lol")
				.append(i)
				.append(" \"")
				.append(("&lol" + (i - 1) + ";").repeat(10))
				.append("\">");
		}
		byte[] hostile = withSheet(validXlsx(),
				(sheet) -> sheet.replaceFirst("\\?>", "?><!DOCTYPE worksheet [" + entities + "]>")
					.replace("Fiche 1 over xxe", "&lol9;"));
		assertRefused(commit("laughs.xlsx", hostile),
				"Dit XLSX-bestand bevat een documenttypedeclaratie (DOCTYPE), wat een echt werkblad nooit heeft. "
						+ "Het wordt uit voorzorg niet gelezen.");
	}

	@Test
	void poisParsersRefuseADoctypeOnTheirOwnAsWell() throws Exception {
		Path secret = Files.writeString(this.directory.resolve("secret2.txt"), "GEHEIM-99c1");
		String xml = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]><a>&e;</a>";
		StringBuilder seen = new StringBuilder();
		var reader = XMLHelper.newXMLReader();
		reader.setContentHandler(new DefaultHandler() {
			@Override
			public void characters(char[] ch, int start, int length) {
				seen.append(ch, start, length);
			}
		});
		assertThatThrownBy(() -> reader.parse(new InputSource(new ByteArrayInputStream(xml.getBytes()))))
			.isInstanceOf(SAXException.class);
		assertThat(seen.toString()).doesNotContain("GEHEIM-99c1");
	}

	@Test
	void aZipBombXlsxIsRefused() throws Exception {
		byte[] bomb = withSheet(validXlsx(),
				(sheet) -> sheet.replace("<sheetData>", "<sheetData>" + " ".repeat(200_000_000)));
		assertRefused(commit("bomb.xlsx", bomb),
				"Dit XLSX-bestand pakt uit tot veel meer dan een werkblad nodig heeft (een ‘zipbom’) en wordt niet gelezen.");
	}

	@Test
	void aFileThatIsNotWhatItsNameSaysIsRefused() throws Exception {
		assertRefused(commit("praktijken.xlsx", "title,summary\n".getBytes()),
				"De inhoud van het bestand is geen XLSX, ook al zegt de naam dat.");
		assertRefused(commit("praktijken.pdf", "%PDF-1.4".getBytes()),
				"Alleen CSV-, XLSX- en JSON-bestanden kunnen ingelezen worden (de naam eindigt op .csv, .xlsx of .json).");
	}

	@Test
	void aHundredMegabyteUploadGets413AndNoJob() throws Exception {
		AccountPrincipal editor = AccountFixtures.create(this.context, "import.safety@example.org", Role.EDITOR, null);
		int jobs = this.jdbc.queryForObject("select count(*) from import_job", Integer.class);
		byte[] big = new byte[100 * 1024 * 1024];
		byte[] header = "title,summary\n".getBytes();
		System.arraycopy(header, 0, big, 0, header.length);
		java.util.Arrays.fill(big, header.length, big.length, (byte) 'a');
		String page = this.mvc
			.perform(multipart("/beheer/import").file(new MockMultipartFile("bestand", "groot.csv", "text/csv", big))
				.with(csrf())
				.with(user(editor)))
			.andExpect(status().isPayloadTooLarge())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Het bestand is te groot: hoogstens 50 MB.", "error-summary");
		assertThat(this.jdbc.queryForObject("select count(*) from import_job", Integer.class)).isEqualTo(jobs);
	}

	@Test
	void aHundredMegabyteFileIsRefusedByTheImportItselfWithoutReadingIt() throws Exception {
		Path file = this.directory.resolve("groot.csv");
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(100L * 1024 * 1024);
		}
		assertRefused(this.imports.check(new ImportFile("groot.csv", file), null, (rows) -> {
		}), "Het bestand is te groot: hoogstens 50 MB.");
	}

	@Test
	void aWindows1252CsvIsRefusedWithTheLineOfItsFirstWrongCharacter() throws Exception {
		List<Map<String, String>> rows = rows(3, "encoding");
		rows.get(1).put("summary", "Een café voor herstellingen.");
		byte[] latin = ImportFixtures.csv(rows).getBytes(Charset.forName("windows-1252"));
		assertRefused(commit("inventaris.csv", latin),
				"Het bestand is niet in UTF-8 opgeslagen (het eerste ongeldige teken staat op regel 3). "
						+ "Bewaar het in Excel als ‘CSV UTF-8 (met scheidingstekens)’ en laad het opnieuw op.");
		byte[] utf16 = ImportFixtures.csv(rows(1, "encoding")).getBytes(StandardCharsets.UTF_16);
		assertThat(commit("unicode.csv", utf16).issues().get(0).message()).contains("niet in UTF-8");
	}

	@Test
	void aCsvWithAnExtraColumnIsRefusedWhole() throws Exception {
		List<Map<String, String>> rows = rows(5, "extracolumn");
		rows.get(2).put("opmerking", "nog na te kijken");
		assertRefused(commit("extra.csv", ImportFixtures.csv(rows).getBytes()),
				"Deze kolommen kennen we niet: opmerking. Gebruik de kolommen van de export, of laad een kolomtoewijzing mee op.");
		String ragged = ImportFixtures.csv(rows(3, "ragged")).replaceFirst("\r\n(.*)\r\n", "\r\n$1,te veel\r\n");
		ImportOutcome outcome = commit("ragged.csv", ragged.getBytes());
		assertRefused(outcome, "Deze rij heeft een waarde in kolom 15, die geen naam heeft in de kopregel.");
		assertThat(outcome.issues().get(0).row()).isEqualTo(2);
	}

	@Test
	void aCsvWithoutARequiredColumnIsRefusedWhole() throws Exception {
		List<Map<String, String>> rows = rows(5, "missingcolumn");
		rows.forEach((row) -> row.remove("themes"));
		assertRefused(commit("zonder-themas.csv", ImportFixtures.csv(rows).getBytes()),
				"Deze verplichte kolommen ontbreken: themes.");
	}

	@Test
	void aBrokenCsvOrJsonIsRefusedWithWhereItBreaks() throws Exception {
		ImportOutcome broken = commit("kapot.csv",
				(ImportFixtures.csv(rows(2, "broken")) + "\"Open aanhalingsteken,x\r\n").getBytes());
		assertThat(broken.acceptable()).isFalse();
		assertThat(broken.issues().get(0).message()).matches(
				"Het CSV-bestand is niet goed opgebouwd rond regel \\d+ \\(vaak een aanhalingsteken dat niet gesloten wordt\\).");
		assertRefused(commit("kapot.json", "[{\"title\": \"a\",\n\"summary\": }]".getBytes()),
				"Het JSON-bestand is ongeldig rond regel 2.");
	}

	@Test
	void aJsonFicheWithAFieldTheApiDoesNotHaveIsReportedAtItsRow() throws Exception {
		ImportOutcome outcome = commit("fiches.json",
				"[{\"title\": \"Een\", \"summary\": \"x\", \"status\": \"lopend\", \"themes\": [\"textiel\"], \"municipalities\": [{\"nisCode\": \"12025\"}], \"leadOrganisation\": {\"slug\": \"%s\"}, \"moderationState\": \"DRAFT\"}]"
					.formatted(this.lead)
					.getBytes());
		assertThat(outcome.acceptable()).isFalse();
		assertThat(outcome.issues()).extracting(ImportIssue::row, ImportIssue::field, ImportIssue::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "moderationState",
					"Dit veld bestaat niet in een fiche van de API."));
	}

	@Test
	void moreRowsThanAllowedAreRefusedWithTheLimit() throws Exception {
		FicheImport small = new FicheImport(this.organisations,
				this.context.getBean(be.lokaalcirculair.practice.PracticeImport.class),
				this.context.getBean(ImportMessages.class),
				this.context.getBean(be.lokaalcirculair.search.BulkIndexing.class),
				this.context.getBean(jakarta.persistence.EntityManager.class),
				this.context.getBean(org.springframework.transaction.PlatformTransactionManager.class),
				new ImportSettings(DataSize.ofMegabytes(50), 10, java.time.Duration.ofDays(1)));
		Path file = Files.writeString(this.directory.resolve("veel.csv"), ImportFixtures.csv(rows(11, "manyrows")));
		assertRefused(small.check(new ImportFile("veel.csv", file), null, (rows) -> {
		}), "Het bestand heeft meer dan 10 fiches. Verdeel het over meer bestanden.");
	}

	@Test
	void anAmbiguousMunicipalityOrOrganisationIsReportedNeverGuessed() throws Exception {
		// a pre-2025 municipality of the same name as a 2025 one elsewhere (none exists
		// in
		// Flanders today; a partner of the same name as another does)
		this.jdbc.update("insert into former_municipality (nis_code, name, province_nis, successor_nis, merged_2025) "
				+ "values ('99001', 'Tielt', '10000', '11001', true)");
		this.jdbc.update("insert into organisation (slug, name, type, demo, created_at) "
				+ "values ('iok-tweede', 'IOK', 'partner', false, current_timestamp)");
		try {
			List<Map<String, String>> rows = rows(3, "ambiguous");
			rows.get(0).put("municipalities", "Tielt");
			rows.get(1).put("leadOrganisationSlug", "IOK");
			rows.get(2).put("leadOrganisationSlug", "Organisatie die niet bestaat");
			ImportOutcome outcome = commit("dubbelzinnig.csv", ImportFixtures.csv(rows).getBytes());
			assertThat(outcome.issues()).extracting(ImportIssue::row, ImportIssue::field, ImportIssue::message)
				.containsExactly(
						org.assertj.core.groups.Tuple.tuple(2, "municipalities",
								"‘Tielt’ kan meer dan één gemeente zijn: 37022 (Tielt), 99001. Gebruik de NIS-code."),
						org.assertj.core.groups.Tuple.tuple(3, "leadOrganisationSlug",
								"‘IOK’ is de naam van meer dan één organisatie: iok, iok-tweede. Gebruik de slug."),
						org.assertj.core.groups.Tuple.tuple(4, "leadOrganisationSlug",
								"Deze organisatie kennen we niet: Organisatie die niet bestaat."));
		}
		finally {
			this.jdbc.update("delete from former_municipality where nis_code = '99001'");
			this.jdbc.update("delete from organisation where slug = 'iok-tweede'");
		}
	}

	private List<Map<String, String>> rows(int count, String word) {
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			rows.add(ImportFixtures.fiche(i, word, this.lead));
		}
		return rows;
	}

	private byte[] validXlsx() {
		return ImportFixtures.xlsx(rows(2, "xxe"));
	}

	/**
	 * Imports a file, all or nothing, and checks that nothing was written when refused.
	 */
	private ImportOutcome commit(String name, byte[] content) throws Exception {
		int before = this.jdbc.queryForObject("select count(*) from practice", Integer.class);
		Path file = Files.write(this.directory.resolve(name), content);
		ImportOutcome outcome = this.imports.commit(new ImportFile(name, file), null,
				new FicheImport.Stamp("import: test", "Redactie"), (rows) -> {
				}, (done) -> {
				});
		if (!outcome.acceptable()) {
			assertThat(this.jdbc.queryForObject("select count(*) from practice", Integer.class))
				.as("nothing imported from a refused file")
				.isEqualTo(before);
		}
		return outcome;
	}

	private static void assertRefused(ImportOutcome outcome, String message) {
		assertThat(outcome.acceptable()).isFalse();
		assertThat(outcome.imported()).isZero();
		assertThat(outcome.issues().get(0).message()).isEqualTo(message);
	}

	/** The workbook with its first sheet's XML changed. */
	private static byte[] withSheet(byte[] xlsx, UnaryOperator<String> change) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					content = change.apply(new String(content, StandardCharsets.UTF_8))
						.getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(content);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
