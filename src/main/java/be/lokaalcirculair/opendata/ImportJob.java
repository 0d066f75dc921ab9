package be.lokaalcirculair.opendata;

import java.time.Instant;

/**
 * An uploaded file and what became of it.
 *
 * @param id the job's number
 * @param fileName the file's name as uploaded
 * @param format its format
 * @param sizeBytes its size
 * @param state where the job is
 * @param language the language of its report
 * @param rowsTotal the rows the dry run read
 * @param rowsDone the rows read or written so far
 * @param errorCount the errors found
 * @param importedCount the fiches imported
 * @param message why it failed, as a message key, or {@code null}
 * @param createdBy the account that uploaded the file, or {@code null} (command line,
 * erased account)
 * @param createdAt when it was uploaded
 * @param finishedAt when it ended, or {@code null}
 * @param mapped whether the file came with a column mapping
 */
public record ImportJob(long id, String fileName, ImportFormat format, long sizeBytes, ImportState state,
		String language, int rowsTotal, int rowsDone, int errorCount, int importedCount, String message, Long createdBy,
		Instant createdAt, Instant finishedAt, boolean mapped) {

	/** Whether the fiches can be imported now. */
	public boolean importable() {
		return this.state == ImportState.CHECKED;
	}

	/** The provenance of the fiches it imports (no personal data: it is public). */
	public String provenance() {
		return "import " + this.id + ": " + this.fileName + ", "
				+ this.createdAt.atZone(be.lokaalcirculair.shared.web.Ui.ZONE).toLocalDate();
	}

}
