package be.lokaalcirculair.opendata;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import be.lokaalcirculair.account.AccountFixtures;
import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Import jobs live in the database: a job whose node went silent is marked failed (its
 * transaction died with it), old uploads go after the retention period, a job is imported
 * once, and the report speaks the language of the person who uploaded the file.
 */
@ImportTest
class ImportJobsTests {

	@Autowired
	ImportJobs jobs;

	@Autowired
	ImportWorker worker;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void aJobWhoseNodeWentSilentIsMarkedFailed() {
		long silent = ImportJobFixtures.importing(this.context, null);
		long alive = ImportJobFixtures.importing(this.context, null);
		this.jdbc.update("update import_job set heartbeat_at = ? where id = ?",
				java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(5))), silent);
		this.worker.sweep();
		assertThat(this.jobs.find(silent).orElseThrow().state()).isEqualTo(ImportState.FAILED);
		assertThat(this.jobs.find(silent).orElseThrow().message()).isEqualTo("import.failed.interrupted");
		assertThat(this.jobs.find(alive).orElseThrow().state()).isEqualTo(ImportState.IMPORTING);
		this.jdbc.update("update import_job set state = 'FAILED' where id = ?", alive);
	}

	@Test
	void uploadsOlderThanTheRetentionPeriodAreDeletedWithTheirReport() {
		long old = ImportJobFixtures.rejected(this.context, null);
		long recent = ImportJobFixtures.rejected(this.context, null);
		this.jdbc.update("update import_job set created_at = ? where id = ?",
				java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(31))), old);
		this.worker.purge();
		assertThat(this.jobs.find(old)).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from import_upload where job_id = ?", Integer.class, old))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from import_issue where job_id = ?", Integer.class, old))
			.isZero();
		assertThat(this.jobs.find(recent)).isPresent();
	}

	@Test
	void aJobIsImportedOnceAndOnlyWhenItsDryRunFoundNoErrors() throws Exception {
		AccountPrincipal editor = AccountFixtures.create(this.context, "import.once@example.org", Role.EDITOR, null);
		long rejected = ImportJobFixtures.rejected(this.context, editor.id());
		this.mvc.perform(post("/beheer/import/" + rejected).with(csrf()).with(user(editor)))
			.andExpect(status().isConflict());
		long done = ImportJobFixtures.done(this.context, editor.id());
		this.mvc.perform(post("/beheer/import/" + done).with(csrf()).with(user(editor)))
			.andExpect(status().isConflict());
	}

	@Test
	void theReportIsInEnglishForSomeoneWhoUploadsInEnglish() throws Exception {
		AccountPrincipal editor = AccountFixtures.create(this.context, "import.english@example.org", Role.EDITOR, null);
		String lead = this.context.getBean(be.lokaalcirculair.organisation.Organisations.class)
			.organisationOfMunicipality("12025")
			.orElseThrow()
			.getSlug();
		var rows = new java.util.ArrayList<java.util.Map<String, String>>();
		rows.add(ImportFixtures.fiche(1, "english", lead));
		rows.get(0).put("municipalities", "Atlantis");
		String location = this.mvc
			.perform(multipart("/beheer/import")
				.file(new MockMultipartFile("bestand", "fiches.csv", "text/csv", ImportFixtures.csv(rows).getBytes()))
				.param("lang", "en")
				.with(csrf())
				.with(user(editor)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		ImportFixtures.awaitEnd(this.context, id);
		List<ImportIssue> issues = this.jobs.issues(id);
		assertThat(issues).extracting(ImportIssue::message)
			.containsExactly("We do not know this municipality: Atlantis.");
	}

}
