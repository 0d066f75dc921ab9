package be.lokaalcirculair.opendata;

import be.lokaalcirculair.shared.text.CellSafety;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file: UTF-8 (with or without byte order mark), RFC 4180 quoting, the first
 * row the header; comma, semicolon (as Excel writes it in Dutch) or tab as separator,
 * whichever the header uses most. A file that is not valid UTF-8 (Windows-1252 from an
 * older Excel, UTF-16) is refused with the line of the first wrong byte, never guessed.
 */
final class CsvSource implements ImportSource {

	private final Path file;

	CsvSource(Path file) {
		this.file = file;
	}

	@Override
	public void read(Receiver receiver) throws IOException {
		checkEncoding();
		char delimiter = delimiter();
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
		try (Reader reader = Files.newBufferedReader(this.file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			try {
				Iterator<CSVRecord> records = parser.iterator();
				if (!records.hasNext()) {
					throw new ImportRefused("import.file.empty", 0);
				}
				List<String> header = header(records.next());
				receiver.header(header);
				while (records.hasNext()) {
					CSVRecord record = records.next();
					int row = (int) record.getRecordNumber();
					receiver.row(row, cells(header, record, row), List.of());
				}
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				throw new ImportRefused("import.file.csv-malformed", 0, parser.getCurrentLineNumber());
			}
		}
	}

	private static List<String> header(CSVRecord record) {
		List<String> header = new ArrayList<>();
		record.forEach((name) -> header.add(name.replace("\uFEFF", "").strip()));
		return header;
	}

	/**
	 * The cells of a row by column name; a value beyond the header, or under a column
	 * without a name, means the row does not fit the header (often a quote gone astray).
	 */
	private static Map<String, String> cells(List<String> header, CSVRecord record, int row) {
		Map<String, String> cells = new HashMap<>();
		for (int i = 0; i < record.size(); i++) {
			String value = record.get(i);
			boolean blank = value.isBlank();
			if (i >= header.size() || header.get(i).isEmpty()) {
				if (!blank) {
					throw new ImportRefused("import.file.cell-without-column", row, i + 1);
				}
				continue;
			}
			if (!blank) {
				cells.put(header.get(i), CellSafety.restore(value));
			}
		}
		return cells;
	}

	private void checkEncoding() throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(this.file)) {
			head = in.readNBytes(4);
		}
		if (ImportFormat.utf16(head)) {
			throw new ImportRefused("import.file.encoding", 0, 1);
		}
		try (InputStream in = Files.newInputStream(this.file)) {
			int line = firstInvalidLine(in);
			if (line > 0) {
				throw new ImportRefused("import.file.encoding", line, line);
			}
		}
	}

	/** The separator the header line uses most: comma, semicolon or tab. */
	private char delimiter() throws IOException {
		String first;
		try (BufferedReader reader = Files.newBufferedReader(this.file, StandardCharsets.UTF_8)) {
			first = reader.readLine();
		}
		if (first == null) {
			return ',';
		}
		long commas = first.chars().filter((c) -> c == ',').count();
		long semicolons = first.chars().filter((c) -> c == ';').count();
		long tabs = first.chars().filter((c) -> c == '\t').count();
		if (semicolons > commas && semicolons >= tabs) {
			return ';';
		}
		return (tabs > commas) ? '\t' : ',';
	}

	/**
	 * The line of the first byte that is not valid UTF-8, or 0 when the whole stream is
	 * valid.
	 */
	static int firstInvalidLine(InputStream in) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
		CharBuffer chars = CharBuffer.allocate(1 << 16);
		int line = 1;
		boolean end = false;
		while (true) {
			int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
			end = read < 0;
			if (!end) {
				bytes.position(bytes.position() + read);
			}
			bytes.flip();
			CoderResult result;
			do {
				result = decoder.decode(bytes, chars, end);
				line += newlines(chars);
				if (result.isError()) {
					return line;
				}
			}
			while (result.isOverflow());
			bytes.compact();
			if (end) {
				return 0;
			}
		}
	}

	private static int newlines(CharBuffer chars) {
		chars.flip();
		int count = 0;
		while (chars.hasRemaining()) {
			if (chars.get() == '\n') {
				count++;
			}
		}
		chars.clear();
		return count;
	}

}
