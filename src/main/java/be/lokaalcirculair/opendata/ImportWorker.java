package be.lokaalcirculair.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import be.lokaalcirculair.account.AccountPrincipal;
import be.lokaalcirculair.account.AuditLog;

/**
 * Runs import jobs in the background, one at a time per node: the dry run right after the
 * upload, the import when an editor confirms it. Progress goes to the database now and
 * then, so that any node can show it; a heartbeat tells the others that the job is still
 * alive, and jobs whose node went silent are marked failed (their transaction died with
 * the node, so nothing of them was written).
 */
@Component
class ImportWorker implements DisposableBean {

	/** How long a running job may go without a sign of life before it counts as dead. */
	static final Duration SILENCE = Duration.ofMinutes(2);

	/** How often progress is written at most. */
	static final long PROGRESS_NANOS = 500_000_000L;

	private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

	private final String runner = UUID.randomUUID().toString();

	private final Set<Long> active = ConcurrentHashMap.newKeySet();

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "import");
		thread.setDaemon(true);
		return thread;
	});

	private final ImportJobs jobs;

	private final FicheImport imports;

	private final AuditLog audit;

	private final ImportSettings settings;

	ImportWorker(ImportJobs jobs, FicheImport imports, AuditLog audit, ImportSettings settings) {
		this.jobs = jobs;
		this.imports = imports;
		this.audit = audit;
		this.settings = settings;
	}

	/** Starts the dry run of a job just uploaded. */
	void check(long id) {
		this.active.add(id);
		this.executor.submit(() -> work(id, this::dryRun));
	}

	/**
	 * Starts the import of a job whose dry run found no errors.
	 * @return false when the job is not (or no longer) importable
	 */
	boolean commit(long id, AccountPrincipal editor) {
		if (!this.jobs.claim(id, ImportState.CHECKED, ImportState.IMPORTING, this.runner, editor.id())) {
			return false;
		}
		this.active.add(id);
		this.executor.submit(() -> work(id, (job, file) -> importAll(job, file, editor)));
		return true;
	}

	/** Whether this node still has the job to do (tests wait for it). */
	boolean busyWith(long id) {
		return this.active.contains(id);
	}

	private void work(long id, Work work) {
		Path file = null;
		try {
			ImportJob job = this.jobs.find(id).orElseThrow();
			LocaleContextHolder.setLocale(Locale.forLanguageTag(job.language()));
			file = Files.createTempFile("lc-import-", "." + job.format().extension());
			this.jobs.copyContent(id, file);
			work.run(job, file);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.jobs.fail(id, "import.failed.interrupted");
		}
		catch (IOException | RuntimeException ex) {
			log.error("Import job {} failed", id, ex);
			this.jobs.fail(id, "import.failed.error");
		}
		finally {
			this.active.remove(id);
			LocaleContextHolder.resetLocaleContext();
			delete(file);
		}
	}

	private void dryRun(ImportJob job, Path file) {
		ImportOutcome outcome = this.imports.check(new ImportFile(job.fileName(), file), mapping(job),
				progress(job.id()));
		this.jobs.finish(job.id(), outcome.acceptable() ? ImportState.CHECKED : ImportState.REJECTED, outcome, null);
	}

	private void importAll(ImportJob job, Path file, AccountPrincipal editor) throws InterruptedException {
		ImportOutcome outcome = this.imports.commit(new ImportFile(job.fileName(), file), mapping(job),
				new FicheImport.Stamp(job.provenance(), editor.displayName()), progress(job.id()), (done) -> {
					this.jobs.finish(job.id(), ImportState.DONE, done, null);
					this.audit.record(editor.id(), "practice.imported", "import:" + job.id(),
							done.imported() + " fiches");
				});
		if (!outcome.acceptable()) {
			this.jobs.finish(job.id(), ImportState.REJECTED, outcome, null);
		}
	}

	private ColumnMapping mapping(ImportJob job) {
		String mapping = job.mapped() ? this.jobs.mapping(job.id()) : null;
		return (mapping != null) ? ColumnMapping.parse(mapping) : null;
	}

	/** Writes progress to the database, at most twice a second. */
	private IntConsumer progress(long id) {
		long[] last = { 0 };
		return (rows) -> {
			long now = System.nanoTime();
			if (now - last[0] > PROGRESS_NANOS) {
				last[0] = now;
				this.jobs.progress(id, rows);
			}
		};
	}

	@Scheduled(fixedDelay = 20_000)
	void heartbeat() {
		if (!this.active.isEmpty()) {
			try {
				this.jobs.heartbeat(Set.copyOf(this.active));
			}
			catch (RuntimeException ex) {
				log.debug("Heartbeat of import jobs skipped: {}", ex.getMessage());
			}
		}
	}

	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	void sweep() {
		int failed = this.jobs.sweep(Instant.now().minus(SILENCE));
		if (failed > 0) {
			log.warn("{} import jobs stopped without finishing (their node went away): marked failed", failed);
		}
	}

	@Scheduled(cron = "${lc.import.purge-cron:0 40 3 * * *}")
	void purge() {
		int purged = this.jobs.purge(Instant.now().minus(this.settings.retention()));
		if (purged > 0) {
			log.info("Retention: removed {} import jobs with their files", purged);
		}
	}

	private static void delete(Path file) {
		try {
			if (file != null) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

	@FunctionalInterface
	private interface Work {

		void run(ImportJob job, Path file) throws IOException, InterruptedException;

	}

}
