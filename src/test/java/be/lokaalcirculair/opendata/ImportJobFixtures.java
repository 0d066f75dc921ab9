package be.lokaalcirculair.opendata;

import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Import jobs in each state, for tests of other packages (the page-quality harness). */
public final class ImportJobFixtures {

	private ImportJobFixtures() {
	}

	/** A job whose dry run found errors, with a report of errors and notes. */
	public static long rejected(ApplicationContext context, Long uploader) {
		ImportJobs jobs = context.getBean(ImportJobs.class);
		long id = jobs.create("inventaris-2024.xlsx", ImportFormat.XLSX, new byte[] { 'P', 'K', 3, 4 }, null, uploader,
				"nl");
		jobs.finish(id, ImportState.REJECTED, new ImportOutcome(500,
				List.of(ImportIssue.error(51, "municipalities", "Atlantis", "Deze gemeente kennen we niet: Atlantis."),
						ImportIssue.error(201, "status", "bezig", "Deze keuze bestaat niet."),
						ImportIssue.error(421, "title", "", "Vul dit veld in."),
						ImportIssue.note(0, "themes",
								"De waarde ‘Productie’ uit kolom ‘Sector’ heeft geen code voor ‘themes’ "
										+ "en is weggelaten (12 rijen).")),
				3, 0), null);
		return id;
	}

	/** A job whose dry run found no errors, waiting for an editor. */
	public static long checked(ApplicationContext context, Long uploader) {
		ImportJobs jobs = context.getBean(ImportJobs.class);
		long id = jobs.create("praktijken.csv", ImportFormat.CSV, "title\n".getBytes(), null, uploader, "nl");
		jobs.finish(id, ImportState.CHECKED, new ImportOutcome(120, List.of(), 0, 0), null);
		return id;
	}

	/** A job halfway through its import. */
	public static long importing(ApplicationContext context, Long uploader) {
		ImportJobs jobs = context.getBean(ImportJobs.class);
		long id = jobs.create("groot.json", ImportFormat.JSON, "[]".getBytes(), null, uploader, "nl");
		context.getBean(JdbcTemplate.class)
			.update("update import_job set state = 'IMPORTING', rows_total = 10000, rows_done = 4200, "
					+ "heartbeat_at = current_timestamp where id = ?", id);
		return id;
	}

	/** A job that imported its fiches. */
	public static long done(ApplicationContext context, Long uploader) {
		ImportJobs jobs = context.getBean(ImportJobs.class);
		long id = jobs.create("klaar.csv", ImportFormat.CSV, "title\n".getBytes(), null, uploader, "nl");
		jobs.finish(id, ImportState.DONE, new ImportOutcome(42, List.of(), 0, 42), null);
		return id;
	}

}
