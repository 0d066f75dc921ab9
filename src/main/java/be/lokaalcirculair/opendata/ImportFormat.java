package be.lokaalcirculair.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats the import reads, known by the file's extension and checked against its
 * first bytes, so that a file is never read as something it is not.
 */
public enum ImportFormat {

	CSV("csv"), XLSX("xlsx"), JSON("json");

	private final String extension;

	ImportFormat(String extension) {
		this.extension = extension;
	}

	public String extension() {
		return this.extension;
	}

	/** The format a file name announces, if the import reads it. */
	static Optional<ImportFormat> ofFileName(String fileName) {
		String name = (fileName == null) ? "" : fileName.toLowerCase(Locale.ROOT).strip();
		for (ImportFormat format : values()) {
			if (name.endsWith("." + format.extension)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether the file's first bytes fit the format: an XLSX is a ZIP archive, JSON
	 * starts with an array or an object, CSV is text without NUL bytes and not an
	 * archive.
	 */
	boolean fits(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return fits(in.readNBytes(8192));
		}
	}

	/** Whether the first bytes of a file (up to 8 KB) fit the format. */
	boolean fits(byte[] head) {
		boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
		return switch (this) {
			case XLSX -> zip;
			case JSON -> firstSignificant(head) == '[' || firstSignificant(head) == '{';
			case CSV -> !zip && (utf16(head) || !containsNul(head));
		};
	}

	private static int firstSignificant(byte[] head) {
		int i = (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF)
				? 3 : 0;
		while (i < head.length && Character.isWhitespace(head[i])) {
			i++;
		}
		return (i < head.length) ? head[i] : -1;
	}

	/**
	 * Whether the bytes start with the byte order mark of UTF-16 (read as CSV, refused
	 * for its encoding).
	 */
	static boolean utf16(byte[] head) {
		return head.length >= 2 && (((head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF)
				|| ((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE));
	}

	private static boolean containsNul(byte[] head) {
		for (byte b : head) {
			if (b == 0) {
				return true;
			}
		}
		return false;
	}

}
