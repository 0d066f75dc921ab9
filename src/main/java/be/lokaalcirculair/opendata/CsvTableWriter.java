package be.lokaalcirculair.opendata;

import be.lokaalcirculair.shared.text.CellSafety;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as RFC 4180 describes it: comma-separated, fields quoted when they hold a comma, a
 * quote or a line break, lines ending in CRLF, a header row. UTF-8 with a byte order
 * mark, because without one Excel reads the file as Windows-1252 and garbles every
 * accented letter; programs that read CSV skip the mark (or should be told to).
 */
final class CsvTableWriter implements TableWriter {

	/** The byte order mark of UTF-8. */
	static final char BOM = '\uFEFF';

	private final Writer writer;

	private final CSVPrinter printer;

	CsvTableWriter(OutputStream out) throws IOException {
		this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		this.writer.write(BOM);
		this.printer = new CSVPrinter(this.writer, CSVFormat.RFC4180);
	}

	@Override
	public void header(List<String> names) throws IOException {
		this.printer.printRecord(names);
	}

	@Override
	public void row(List<Object> cells) throws IOException {
		List<String> texts = new ArrayList<>(cells.size());
		for (Object cell : cells) {
			texts.add((cell instanceof Number number) ? ExportColumn.plain(number)
					: CellSafety.neutralise((String) cell));
		}
		this.printer.printRecord(texts);
	}

	@Override
	public void close() throws IOException {
		this.printer.flush();
		this.writer.flush();
	}

}
