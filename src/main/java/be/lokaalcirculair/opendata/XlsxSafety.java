package be.lokaalcirculair.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Checks an XLSX file before anything parses it (QUALITY.md S11): an XLSX is a ZIP of XML
 * parts, and a hostile one is a zip bomb (parts that inflate far beyond their size) or
 * carries a document type declaration (the way to external entities, XXE, and to entity
 * expansion, "billion laughs"). No part of a real spreadsheet has a DOCTYPE, so any is
 * refused. POI's own defences stay on behind these checks: its XML parsers refuse
 * DOCTYPEs and its ZIP reader measures the inflation while it reads.
 */
final class XlsxSafety {

	/** The most parts a workbook may have. */
	static final int MAX_ENTRIES = 1000;

	/** The largest a part may inflate to. */
	static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

	/** The most a part may inflate relative to its compressed size. */
	static final long MAX_RATIO = 100;

	/** How much of a part's start is read to find its root element. */
	static final int PROLOG_BYTES = 64 * 1024;

	static {
		// POI reads through these limits too (they are global to POI in this JVM)
		ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
		ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
	}

	private XlsxSafety() {
	}

	/** Makes sure POI's limits are set before POI reads a file. */
	static void configurePoi() {
		// the static initialiser did it
	}

	/** Refuses the file when it is not a ZIP, has too many parts, or a hostile one. */
	static void check(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > MAX_ENTRIES) {
				throw new ImportRefused("import.file.xlsx-unsafe", 0);
			}
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				checkSize(entry);
				String name = entry.getName().toLowerCase(Locale.ROOT);
				if (name.endsWith(".xml") || name.endsWith(".rels")) {
					try (InputStream in = zip.getInputStream(entry)) {
						checkProlog(in.readNBytes(PROLOG_BYTES));
					}
				}
			}
		}
		catch (ZipException ex) {
			throw new ImportRefused("import.file.not-xlsx", 0);
		}
	}

	private static void checkSize(ZipEntry entry) {
		long size = entry.getSize();
		long compressed = entry.getCompressedSize();
		if (size > MAX_ENTRY_BYTES || (compressed > 0 && size > 100_000 && size / compressed > MAX_RATIO)) {
			throw new ImportRefused("import.file.zip-bomb", 0);
		}
	}

	/**
	 * Refuses a part whose prolog (what comes before the root element) holds a DOCTYPE,
	 * or that does not reach its root element within {@link #PROLOG_BYTES}.
	 */
	static void checkProlog(byte[] start) {
		String text = ImportFormat.utf16(start) ? utf16(start) : new String(start, StandardCharsets.ISO_8859_1);
		int i = text.startsWith("\u00EF\u00BB\u00BF") ? 3 : (text.startsWith("\uFEFF") ? 1 : 0);
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (text.startsWith("<?", i)) {
				i = skipPast(text, i, "?>");
			}
			else if (text.startsWith("<!--", i)) {
				i = skipPast(text, i, "-->");
			}
			else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9) || text.startsWith("<!", i)) {
				throw new ImportRefused("import.file.xlsx-doctype", 0);
			}
			else if (c == '<') {
				return;
			}
			else {
				throw new ImportRefused("import.file.not-xlsx", 0);
			}
		}
		throw new ImportRefused("import.file.xlsx-unsafe", 0);
	}

	private static int skipPast(String text, int from, String end) {
		int found = text.indexOf(end, from + 2);
		if (found < 0) {
			throw new ImportRefused("import.file.xlsx-unsafe", 0);
		}
		return found + end.length();
	}

	private static String utf16(byte[] start) {
		boolean bigEndian = (start[0] & 0xff) == 0xFE;
		return new String(start, 2, start.length - 2 - (start.length % 2),
				bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
	}

}
