package be.lokaalcirculair.opendata;

import be.lokaalcirculair.shared.text.CellSafety;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes a table row by row to a stream: one header row, then the rows. Cells are
 * {@link Number}s, texts or {@code null}; every text passes {@link CellSafety} on the way
 * out. Closing finishes the file (it does not close the stream).
 */
interface TableWriter extends Closeable {

	/** Writes the header row. */
	void header(List<String> names) throws IOException;

	/** Writes one row. */
	void row(List<Object> cells) throws IOException;

}
