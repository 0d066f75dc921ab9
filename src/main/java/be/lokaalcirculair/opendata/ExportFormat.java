package be.lokaalcirculair.opendata;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The file formats of the exports, by the extension of their address
 * ({@code /api/v1/practices.csv}).
 */
enum ExportFormat {

	CSV("csv", "text/csv;charset=UTF-8;header=present"),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** The media type of CSV without parameters, for {@code produces}. */
	static final String CSV_TYPE = "text/csv";

	/** The media type of XLSX, for {@code produces}. */
	static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final String extension;

	private final String contentType;

	ExportFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	String extension() {
		return this.extension;
	}

	String contentType() {
		return this.contentType;
	}

	/** A writer of this format for a table with this name. */
	TableWriter writer(OutputStream out, String sheetName) throws IOException {
		return (this == CSV) ? new CsvTableWriter(out) : new XlsxTableWriter(out, sheetName);
	}

	/**
	 * Whether a request path asks for an export: such responses are streamed and answer
	 * conditional requests themselves.
	 */
	static boolean isExport(String path) {
		for (ExportFormat format : values()) {
			if (path.endsWith("." + format.extension)) {
				return true;
			}
		}
		return false;
	}

}
