package be.lokaalcirculair.opendata;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A file of fiches being read: hands its header (for tables) and then its rows, in order,
 * to a receiver. Problems with the file as a whole end the reading with
 * {@link ImportRefused}.
 */
interface ImportSource {

	/** Reads the whole file. */
	void read(Receiver receiver) throws IOException;

	/** What the rows of a file are handed to. */
	interface Receiver {

		/**
		 * The column names of a table, before its first row; a receiver refuses a header
		 * it cannot use by throwing {@link ImportRefused}. JSON has no header.
		 */
		void header(List<String> columns);

		/**
		 * One row.
		 * @param number the row's number as the person importing sees it
		 * @param cells the cells by column name (empty cells may be missing)
		 * @param problems what was wrong with the row's cells themselves (an unknown JSON
		 * field, a value of the wrong kind), already in words
		 */
		void row(int number, Map<String, String> cells, List<ImportIssue> problems);

	}

}
