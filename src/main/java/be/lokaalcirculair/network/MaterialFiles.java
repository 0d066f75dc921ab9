package be.lokaalcirculair.network;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which documents an editor may upload as material: PDF, and office documents (OOXML and
 * OpenDocument, which are zip files; the older Microsoft formats, which are OLE files).
 * The name's extension must match what the first bytes say, so that no HTML or script is
 * stored under a document's name; the name is kept only as the download's name.
 */
final class MaterialFiles {

	/** The largest file accepted. */
	static final int MAX_BYTES = 20 * 1024 * 1024;

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private record Kind(byte[] magic, String contentType) {
	}

	private static final Map<String, Kind> KINDS = Map.ofEntries(Map.entry("pdf", new Kind(PDF, "application/pdf")),
			Map.entry("docx", new Kind(ZIP, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
			Map.entry("pptx",
					new Kind(ZIP, "application/vnd.openxmlformats-officedocument.presentationml.presentation")),
			Map.entry("xlsx", new Kind(ZIP, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
			Map.entry("odt", new Kind(ZIP, "application/vnd.oasis.opendocument.text")),
			Map.entry("odp", new Kind(ZIP, "application/vnd.oasis.opendocument.presentation")),
			Map.entry("ods", new Kind(ZIP, "application/vnd.oasis.opendocument.spreadsheet")),
			Map.entry("doc", new Kind(OLE, "application/msword")),
			Map.entry("ppt", new Kind(OLE, "application/vnd.ms-powerpoint")),
			Map.entry("xls", new Kind(OLE, "application/vnd.ms-excel")));

	/**
	 * An accepted file.
	 *
	 * @param fileName its safe name
	 * @param contentType the media type its extension and content agree on
	 * @param content the bytes
	 */
	record Checked(String fileName, String contentType, byte[] content) {
	}

	/** Thrown with the message key of why a file is refused. */
	static final class Refused extends Exception {

		private final String messageKey;

		Refused(String messageKey) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return this.messageKey;
		}

	}

	private MaterialFiles() {
	}

	static Checked check(String originalName, byte[] content) throws Refused {
		if (content == null || content.length == 0) {
			throw new Refused("network.materials.file.required");
		}
		if (content.length > MAX_BYTES) {
			throw new Refused("network.materials.file.too-large");
		}
		String name = safeFileName(originalName);
		Kind kind = KINDS.get(extension(name));
		if (kind == null || !startsWith(content, kind.magic())) {
			throw new Refused("network.materials.file.type");
		}
		return new Checked(name, kind.contentType(), content);
	}

	/** The last part of an uploaded file's name, of safe characters only. */
	static String safeFileName(String original) {
		String name = (original == null) ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_").strip();
		name = name.replaceAll("^\\.+", "");
		return (name.length() > 150) ? name.substring(name.length() - 150) : name;
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

	static Optional<String> contentTypeOf(String fileName) {
		return Optional.ofNullable(KINDS.get(extension(fileName))).map(Kind::contentType);
	}

}
