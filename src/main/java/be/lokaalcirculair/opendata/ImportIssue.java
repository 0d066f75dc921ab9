package be.lokaalcirculair.opendata;

/**
 * One line of an import's report: a problem that stops the import (an error) or something
 * the import did that the person importing should know (a note, such as a column it did
 * not read).
 *
 * @param row the row of the file (the header is row 1 of a spreadsheet; in JSON, the
 * position of the fiche), or 0 for the file as a whole
 * @param field the column (or JSON field) concerned, or {@code null}
 * @param value the value found, shortened, or {@code null}
 * @param message what is wrong or what was done, in the language of the person importing
 * @param error whether it stops the import
 */
public record ImportIssue(int row, String field, String value, String message, boolean error) {

	/** The longest value a report repeats. */
	static final int VALUE_MAX = 120;

	public ImportIssue {
		if (value != null && value.length() > VALUE_MAX) {
			value = value.substring(0, VALUE_MAX - 1) + "…";
		}
		if (message.length() > 1000) {
			message = message.substring(0, 999) + "…";
		}
	}

	static ImportIssue error(int row, String field, String value, String message) {
		return new ImportIssue(row, field, value, message, true);
	}

	static ImportIssue note(int row, String field, String message) {
		return new ImportIssue(row, field, null, message, false);
	}

}
