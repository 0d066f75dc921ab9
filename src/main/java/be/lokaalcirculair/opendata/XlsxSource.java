package be.lokaalcirculair.opendata;

import be.lokaalcirculair.shared.text.CellSafety;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX workbook as a stream of rows (POI's event API, so a
 * sheet of 100 000 rows needs little memory), after {@link XlsxSafety} has checked the
 * file. The first non-empty row is the header. Numbers are read as plain numbers (no
 * grouping, a decimal point), dates as ISO dates, so that a cell means the same as in a
 * CSV.
 */
final class XlsxSource implements ImportSource {

	private final Path file;

	XlsxSource(Path file) {
		this.file = file;
	}

	@Override
	public void read(Receiver receiver) throws IOException {
		XlsxSafety.check(this.file);
		XlsxSafety.configurePoi();
		try (OPCPackage workbook = OPCPackage.open(this.file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(workbook);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new ImportRefused("import.file.empty", 0);
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
						new Rows(receiver), new PlainFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (NotOfficeXmlFileException | InvalidFormatException ex) {
			throw new ImportRefused("import.file.not-xlsx", 0);
		}
		catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException ex) {
			throw new ImportRefused("import.file.xlsx-unreadable", 0);
		}
		catch (IOException ex) {
			if (String.valueOf(ex.getMessage()).contains("Zip bomb")) {
				throw new ImportRefused("import.file.zip-bomb", 0);
			}
			throw new ImportRefused("import.file.xlsx-unreadable", 0);
		}
	}

	/** Collects the cells of each row and hands complete rows on. */
	private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final Receiver receiver;

		private final Map<Integer, String> cells = new TreeMap<>();

		private List<String> header;

		private int nextColumn;

		Rows(Receiver receiver) {
			this.receiver = receiver;
		}

		@Override
		public void startRow(int rowNum) {
			this.cells.clear();
			this.nextColumn = 0;
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = (reference != null) ? new CellReference(reference).getCol() : this.nextColumn;
			this.nextColumn = column + 1;
			if (value != null && !value.isBlank()) {
				this.cells.put(column, value);
			}
		}

		@Override
		public void endRow(int rowNum) {
			if (this.cells.isEmpty()) {
				return;
			}
			if (this.header == null) {
				this.header = header();
				this.receiver.header(this.header);
				return;
			}
			Map<String, String> byName = new HashMap<>();
			this.cells.forEach((column, value) -> {
				if (column >= this.header.size() || this.header.get(column).isEmpty()) {
					throw new ImportRefused("import.file.cell-without-column", rowNum + 1, column + 1);
				}
				byName.put(this.header.get(column), CellSafety.restore(value));
			});
			this.receiver.row(rowNum + 1, byName, List.of());
		}

		private List<String> header() {
			int width = this.cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
			List<String> names = new ArrayList<>(width);
			for (int i = 0; i < width; i++) {
				names.add(this.cells.getOrDefault(i, "").strip());
			}
			return names;
		}

	}

	/**
	 * Formats numeric cells as a CSV of the export writes them: plain numbers with a
	 * decimal point, and dates as ISO 8601.
	 */
	private static final class PlainFormatter extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			return formatRawCellContents(value, formatIndex, formatString, false);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				var moment = DateUtil.getLocalDateTime(value, use1904Windowing);
				return (moment.toLocalTime().toSecondOfDay() == 0) ? moment.toLocalDate().toString()
						: moment.toString();
			}
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}

	}

}
