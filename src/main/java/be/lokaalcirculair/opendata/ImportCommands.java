package be.lokaalcirculair.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import be.lokaalcirculair.account.AuditLog;
import be.lokaalcirculair.shared.web.Ui;

/**
 * What {@link CommandLine} runs: the import of a file (the same import as the web page,
 * reported on the console) and the export of every published fiche to a file.
 */
@Component
class ImportCommands {

	private final FicheImport imports;

	private final FicheExports exports;

	private final ImportMessages messages;

	private final AuditLog audit;

	ImportCommands(FicheImport imports, FicheExports exports, ImportMessages messages, AuditLog audit) {
		this.imports = imports;
		this.exports = exports;
		this.messages = messages;
		this.audit = audit;
	}

	/**
	 * Runs a command.
	 * @param args the command, its file and options ({@code --dry-run},
	 * {@code --mapping=FILE}, {@code --lang=en}); other {@code --} options are Spring
	 * settings and are left alone
	 * @param out where the report goes
	 * @return the exit code
	 */
	int run(String[] args, PrintStream out) {
		List<String> words = new ArrayList<>();
		// Dutch first, as the platform; --lang=en for English
		LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
		String mapping = null;
		boolean dryRun = false;
		for (String arg : args) {
			if (arg.equals("--dry-run")) {
				dryRun = true;
			}
			else if (arg.startsWith("--mapping=")) {
				mapping = arg.substring("--mapping=".length());
			}
			else if (arg.equals("--lang=en")) {
				LocaleContextHolder.setLocale(Locale.ENGLISH);
			}
			else if (!arg.startsWith("--")) {
				words.add(arg);
			}
		}
		try {
			if (words.size() != 2) {
				out.println(this.messages.text("import.cli.usage"));
				return CommandLine.USAGE;
			}
			Path file = Path.of(words.get(1));
			return words.get(0).equals("import") ? importFile(file, mapping, dryRun, out) : export(file, out);
		}
		catch (IOException ex) {
			out.println(this.messages.text("import.cli.io", ex.getMessage()));
			return CommandLine.USAGE;
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private int importFile(Path file, String mappingFile, boolean dryRun, PrintStream out) throws IOException {
		if (!Files.isRegularFile(file)) {
			out.println(this.messages.text("import.cli.no-file", file));
			return CommandLine.USAGE;
		}
		ImportFile input = new ImportFile(file.getFileName().toString(), file);
		ImportOutcome outcome;
		long started = System.nanoTime();
		try {
			ColumnMapping mapping = (mappingFile != null)
					? ColumnMapping.parse(Files.readString(Path.of(mappingFile), StandardCharsets.UTF_8)) : null;
			outcome = dryRun ? this.imports.check(input, mapping, (rows) -> {
			}) : this.imports.commit(input, mapping, stamp(input), progress(out), (done) -> this.audit.record(null,
					"practice.imported", "import:" + input.name(), done.imported() + " fiches"));
		}
		catch (ImportRefused refused) {
			outcome = new ImportOutcome(0,
					List.of(ImportIssue.error(refused.row(), null, null, this.messages.text(refused))), 1, 0);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return CommandLine.REFUSED;
		}
		print(input.name(), outcome, out);
		if (!outcome.acceptable()) {
			out.println(this.messages.text("import.cli.refused"));
			return CommandLine.REFUSED;
		}
		out.println(dryRun ? this.messages.text("import.cli.dry-run", outcome.rows())
				: this.messages.text("import.cli.imported", outcome.imported(), (System.nanoTime() - started) / 1e9));
		return CommandLine.DONE;
	}

	private FicheImport.Stamp stamp(ImportFile file) {
		String by = this.messages.text("import.uploader.none");
		return new FicheImport.Stamp("import: " + file.name() + ", " + LocalDate.now(Ui.ZONE) + " (" + by + ")", by);
	}

	private java.util.function.IntConsumer progress(PrintStream out) {
		return (rows) -> {
			if (rows % 5_000 == 0) {
				out.println(this.messages.text("import.cli.progress", rows));
			}
		};
	}

	/** The report as lines of text: row, column, value, message; errors first. */
	private void print(String name, ImportOutcome outcome, PrintStream out) {
		out.println(this.messages.text("import.cli.summary", name, outcome.rows(), outcome.errors()));
		for (boolean errors : new boolean[] { true, false }) {
			for (ImportIssue issue : outcome.issues()) {
				if (issue.error() == errors) {
					out.println((errors ? "E " : "N ")
							+ ((issue.row() == 0) ? this.messages.text("import.report.file") : "" + issue.row()) + "\t"
							+ ((issue.field() != null) ? issue.field() : "-") + "\t"
							+ ((issue.value() != null) ? issue.value().replaceAll("\\s+", " ") : "") + "\t"
							+ issue.message());
				}
			}
		}
	}

	private int export(Path file, PrintStream out) throws IOException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (!name.endsWith(".json") && !name.endsWith(".csv") && !name.endsWith(".xlsx")) {
			out.println(this.messages.text("import.cli.usage"));
			return CommandLine.USAGE;
		}
		long count;
		try (OutputStream stream = Files.newOutputStream(file)) {
			count = this.exports.write(name.substring(name.lastIndexOf('.') + 1), stream);
		}
		out.println(this.messages.text("import.cli.exported", count, file));
		return CommandLine.DONE;
	}

}
