package be.lokaalcirculair.opendata;

import be.lokaalcirculair.shared.text.CellSafety;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX workbook of one sheet, written with POI's streaming writer: only a window of
 * rows is kept in memory, the rest waits in a compressed temporary file until the
 * workbook is written out. Numbers are number cells; every other value is a text cell
 * (never a formula), neutralised like the CSV. A text longer than a cell can hold (32 767
 * characters) is cut and ends with "…"; the CSV and the API hold it whole.
 */
final class XlsxTableWriter implements TableWriter {

	static final int WINDOW = 200;

	static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	private final OutputStream out;

	private final SXSSFWorkbook workbook;

	private final SXSSFSheet sheet;

	private int rows;

	private int columns;

	XlsxTableWriter(OutputStream out, String sheetName) {
		this.out = out;
		this.workbook = new SXSSFWorkbook(WINDOW);
		this.workbook.setCompressTempFiles(true);
		this.sheet = this.workbook.createSheet(sheetName);
	}

	@Override
	public void header(List<String> names) {
		CellStyle bold = this.workbook.createCellStyle();
		Font font = this.workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row row = this.sheet.createRow(this.rows++);
		for (int i = 0; i < names.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(names.get(i));
			cell.setCellStyle(bold);
			this.sheet.setColumnWidth(i, 20 * 256);
		}
		this.columns = names.size();
		this.sheet.createFreezePane(0, 1);
	}

	@Override
	public void row(List<Object> cells) {
		Row row = this.sheet.createRow(this.rows++);
		for (int i = 0; i < cells.size(); i++) {
			Object value = cells.get(i);
			if (value instanceof Number number) {
				row.createCell(i).setCellValue(number.doubleValue());
			}
			else if (value != null) {
				row.createCell(i).setCellValue(fit(CellSafety.neutralise((String) value)));
			}
		}
	}

	@Override
	public void close() throws IOException {
		try {
			if (this.columns > 0) {
				this.sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, this.rows - 1), 0, this.columns - 1));
			}
			this.workbook.write(this.out);
			this.out.flush();
		}
		finally {
			this.workbook.close();
		}
	}

	static String fit(String text) {
		return (text.length() <= MAX_TEXT) ? text : text.substring(0, MAX_TEXT - 1) + "…";
	}

}
