package be.lokaalcirculair.opendata;

import java.util.List;

/**
 * What a dry run or an import found and did.
 *
 * @param rows the rows read
 * @param issues the report: errors and notes, at most {@link #MAX_ISSUES}
 * @param errors how many errors there were in all (also beyond the report)
 * @param imported how many fiches were written (0 after a dry run, or when refused)
 */
record ImportOutcome(int rows, List<ImportIssue> issues, int errors, int imported) {

	/** The most lines a report keeps; the count of errors goes on. */
	static final int MAX_ISSUES = 1000;

	/** Whether the file can be (or was) imported: rows and no error. */
	boolean acceptable() {
		return this.errors == 0 && this.rows > 0;
	}

	/** The rows that have at least one error, in order. */
	List<Integer> rowsWithErrors() {
		return this.issues.stream().filter(ImportIssue::error).map(ImportIssue::row).distinct().toList();
	}

}
