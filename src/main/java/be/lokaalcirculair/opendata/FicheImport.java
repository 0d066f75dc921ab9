package be.lokaalcirculair.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import be.lokaalcirculair.organisation.Organisations;
import be.lokaalcirculair.practice.PracticeImport;
import be.lokaalcirculair.search.BulkIndexing;

/**
 * The import of fiches from a file, for the web page and the command line alike: a dry
 * run that reads and checks every row and writes nothing, and the import itself, which
 * checks again and writes every fiche in one transaction, or none when any row has an
 * error (a crash midway leaves none either). Imported fiches are published; the search
 * index takes them in at once after the commit, not one by one.
 */
@Component
class FicheImport {

	/**
	 * How many fiches are written before the persistence context is flushed and emptied.
	 */
	static final int FLUSH_EVERY = 200;

	private final Organisations organisations;

	private final PracticeImport practices;

	private final ImportMessages messages;

	private final BulkIndexing indexing;

	private final EntityManager entityManager;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	private final ImportSettings settings;

	FicheImport(Organisations organisations, PracticeImport practices, ImportMessages messages, BulkIndexing indexing,
			EntityManager entityManager, PlatformTransactionManager transactions, ImportSettings settings) {
		this.organisations = organisations;
		this.practices = practices;
		this.messages = messages;
		this.indexing = indexing;
		this.entityManager = entityManager;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.settings = settings;
	}

	/**
	 * What the fiches get that the file does not say.
	 *
	 * @param provenance the provenance of fiches whose row has none
	 * @param validatedBy in whose name they are validated
	 */
	record Stamp(String provenance, String validatedBy) {
	}

	/**
	 * Reads and checks every row, writing nothing.
	 * @param file the file
	 * @param mapping a column mapping for a file without the export's columns, or
	 * {@code null}
	 * @param progress told the number of rows read now and then
	 */
	ImportOutcome check(ImportFile file, ColumnMapping mapping, IntConsumer progress) {
		return this.reading.execute((status) -> run(file, mapping, progress, null));
	}

	/**
	 * Imports every row, or none.
	 * @param file the file
	 * @param mapping a column mapping, or {@code null}
	 * @param stamp what the fiches get besides the file's data
	 * @param progress told the number of rows written now and then
	 * @param beforeCommit runs in the transaction when every row was written (to record
	 * the outcome with the fiches)
	 * @return the outcome; nothing was written unless it is acceptable
	 */
	ImportOutcome commit(ImportFile file, ColumnMapping mapping, Stamp stamp, IntConsumer progress,
			Consumer<ImportOutcome> beforeCommit) throws InterruptedException {
		long[] range = { Long.MAX_VALUE, Long.MIN_VALUE };
		ImportOutcome outcome = this.writing.execute((status) -> {
			this.indexing.suspendAutomaticIndexing();
			PracticeImport.Batch batch = this.practices.batch();
			int[] written = { 0 };
			ImportOutcome read = run(file, mapping, progress, (fiche) -> {
				PracticeImport.Created created = batch.create(fiche.form(), details(fiche, stamp));
				if (created.id() == null) {
					return created.errors();
				}
				range[0] = Math.min(range[0], created.id());
				range[1] = Math.max(range[1], created.id());
				if (++written[0] % FLUSH_EVERY == 0) {
					this.entityManager.flush();
					this.entityManager.clear();
				}
				return null;
			});
			if (!read.acceptable()) {
				status.setRollbackOnly();
				return read;
			}
			this.entityManager.flush();
			ImportOutcome done = new ImportOutcome(read.rows(), read.issues(), 0, written[0]);
			beforeCommit.accept(done);
			return done;
		});
		if (outcome.imported() > 0) {
			this.indexing.index(range[0], range[1]);
		}
		return outcome;
	}

	private static PracticeImport.Details details(FicheReader.Fiche fiche, Stamp stamp) {
		String provenance = (fiche.provenance() != null && !fiche.provenance().isBlank()) ? fiche.provenance()
				: stamp.provenance();
		return new PracticeImport.Details(fiche.leadOrganisationId(), provenance,
				fiche.validated() ? stamp.validatedBy() : null, fiche.lastReviewedAt(), fiche.demo());
	}

	private ImportOutcome run(ImportFile file, ColumnMapping mapping, IntConsumer progress, Writer sink) {
		Rows rows = new Rows(mapping, new FicheReader(this.organisations, this.practices, this.messages), progress,
				sink);
		try {
			source(file, mapping).read(rows);
			if (mapping != null) {
				mapping.notes(this.messages).forEach(rows::add);
			}
			if (rows.count == 0 && rows.errors == 0) {
				throw new ImportRefused("import.file.empty", 0);
			}
		}
		catch (ImportRefused refused) {
			List<ImportIssue> issues = new ArrayList<>(rows.issues);
			issues.add(0, ImportIssue.error(refused.row(), null, null, this.messages.text(refused)));
			return new ImportOutcome(rows.count, issues, rows.errors + 1, 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ImportOutcome(rows.count, List.copyOf(rows.issues), rows.errors, 0);
	}

	/** The reader of the file's format, after checking that the file is what it says. */
	private ImportSource source(ImportFile file, ColumnMapping mapping) throws IOException {
		ImportFormat format = ImportFormat.ofFileName(file.name())
			.orElseThrow(() -> new ImportRefused("import.file.format", 0));
		long size = Files.size(file.path());
		if (size > this.settings.maxFileSize().toBytes()) {
			throw new ImportRefused("import.file.too-large", 0, this.settings.maxFileSizeMegabytes());
		}
		if (size == 0) {
			throw new ImportRefused("import.file.empty", 0);
		}
		if (!format.fits(file.path())) {
			throw new ImportRefused("import.file.wrong-content", 0,
					format.extension().toUpperCase(java.util.Locale.ROOT));
		}
		if (mapping != null && format == ImportFormat.JSON) {
			throw new ImportRefused("import.mapping.not-for-json", 0);
		}
		return switch (format) {
			case CSV -> new CsvSource(file.path());
			case XLSX -> new XlsxSource(file.path());
			case JSON -> new JsonSource(file.path(), this.messages);
		};
	}

	/** Writes a fiche that was read without errors. */
	@FunctionalInterface
	private interface Writer {

		/**
		 * @return the errors the fiche turned out to have, or {@code null} when written
		 */
		BindingResult write(FicheReader.Fiche fiche);

	}

	/** Receives the rows: checks the header, reads each row and hands good fiches on. */
	private final class Rows implements ImportSource.Receiver {

		private final ColumnMapping mapping;

		private final FicheReader reader;

		private final IntConsumer progress;

		private final Writer sink;

		private final List<ImportIssue> issues = new ArrayList<>();

		private int count;

		private int errors;

		Rows(ColumnMapping mapping, FicheReader reader, IntConsumer progress, Writer sink) {
			this.mapping = mapping;
			this.reader = reader;
			this.progress = progress;
			this.sink = sink;
		}

		@Override
		public void header(List<String> columns) {
			Set<String> seen = new HashSet<>();
			List<String> twice = columns.stream().filter((name) -> !name.isEmpty() && !seen.add(name)).toList();
			if (!twice.isEmpty()) {
				throw new ImportRefused("import.file.duplicate-columns", 1, String.join(", ", twice));
			}
			if (this.mapping != null) {
				this.mapping.header(columns);
				refuseMissing(this.mapping.columns());
				return;
			}
			List<String> unknown = columns.stream()
				.filter((name) -> !name.isEmpty() && !FicheColumns.isKnown(name))
				.toList();
			if (!unknown.isEmpty()) {
				throw new ImportRefused("import.file.unknown-columns", 1, String.join(", ", unknown));
			}
			refuseMissing(columns);
		}

		private void refuseMissing(List<String> columns) {
			List<String> missing = FicheColumns.missing(columns);
			if (!missing.isEmpty()) {
				throw new ImportRefused("import.file.missing-columns", 1, String.join(", ", missing));
			}
		}

		@Override
		public void row(int number, Map<String, String> cells, List<ImportIssue> problems) {
			if (++this.count > FicheImport.this.settings.maxRows()) {
				this.count--;
				throw new ImportRefused("import.file.too-many-rows", number, FicheImport.this.settings.maxRows());
			}
			List<ImportIssue> found = new ArrayList<>(problems);
			Map<String, String> row = (this.mapping != null) ? this.mapping.apply(cells) : cells;
			// while writing, the writing checks each fiche; after an error, only checking
			// goes on
			boolean writing = this.sink != null && this.errors == 0;
			FicheReader.Fiche fiche = this.reader.read(number, row, found, !writing);
			if (writing && found.stream().noneMatch(ImportIssue::error)) {
				BindingResult errors = this.sink.write(fiche);
				if (errors != null) {
					this.reader.report(errors, number, row, found);
				}
			}
			found.forEach(this::add);
			if (this.count % 100 == 0) {
				this.progress.accept(this.count);
			}
		}

		void add(ImportIssue issue) {
			if (issue.error()) {
				this.errors++;
			}
			if (this.issues.size() < ImportOutcome.MAX_ISSUES) {
				this.issues.add(issue);
			}
		}

	}

}
