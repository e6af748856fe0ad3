package org.canvassaudit.report;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes one table's rows into its sheet of the decisions workbook: a bold, frozen header
 * with filters over the rows, and columns as wide as their longest value (within reason).
 * Text keeps the {@code '} prefix the CSV gives anything a spreadsheet would run as a
 * formula, so a value copied out of the sheet stays harmless.
 * <p>
 * A sheet holds at most Excel's row limit. Rows beyond it are counted, not written, and
 * the sheet's last row says how many are only in the CSV: a night that rejects millions
 * of rows still completes.
 */
final class SheetOutput implements AutoCloseable {

	private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	private static final int MIN_WIDTH = 6;

	private static final int MAX_WIDTH = 60;

	/** Room for the filter button next to a column's name. */
	private static final int FILTER_BUTTON = 3;

	private final SXSSFSheet sheet;

	private final int columns;

	private final int lastDataRow;

	private final CellStyle dateStyle;

	private final int[] widths;

	private int rows = 1;

	private long overflow;

	SheetOutput(SXSSFSheet sheet, List<String> columns, int maxRows, CellStyle headerStyle, CellStyle dateStyle) {
		this.sheet = sheet;
		this.columns = columns.size();
		this.lastDataRow = maxRows - 2;
		this.dateStyle = dateStyle;
		this.widths = new int[this.columns];
		Row header = sheet.createRow(0);
		for (int i = 0; i < this.columns; i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(columns.get(i));
			cell.setCellStyle(headerStyle);
			this.widths[i] = columns.get(i).length() + FILTER_BUTTON;
		}
		sheet.createFreezePane(0, 1);
	}

	/**
	 * @param values the row's values in column order: text, numbers, booleans, dates or
	 * {@code null}
	 */
	void row(Object... values) {
		if (this.rows > this.lastDataRow) {
			this.overflow++;
			return;
		}
		Row row = this.sheet.createRow(this.rows++);
		for (int i = 0; i < values.length; i++) {
			this.widths[i] = Math.max(this.widths[i], write(row.createCell(i), values[i]));
		}
	}

	private int write(Cell cell, Object value) {
		if (value == null || "".equals(value)) {
			cell.setBlank();
			return 0;
		}
		if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(this.dateStyle);
			return "yyyy-mm-dd".length();
		}
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
			return number.toString().length();
		}
		if (value instanceof Boolean flag) {
			cell.setCellValue(flag);
			return flag.toString().length();
		}
		String text = CsvOutput.neutralised(value.toString());
		cell.setCellValue((text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) : text);
		return text.length();
	}

	/**
	 * Finish the sheet: filters over the header and the rows, the column widths, and the
	 * note of rows left out.
	 */
	@Override
	public void close() {
		this.sheet.setAutoFilter(new CellRangeAddress(0, this.rows - 1, 0, this.columns - 1));
		for (int i = 0; i < this.columns; i++) {
			int width = Math.min(Math.max(this.widths[i] + 1, MIN_WIDTH), MAX_WIDTH);
			this.sheet.setColumnWidth(i, width * 256);
		}
		if (this.overflow > 0) {
			this.sheet.createRow(this.rows)
				.createCell(0)
				.setCellValue(this.overflow + " more rows are only in the CSV file: a sheet holds at most "
						+ (this.lastDataRow) + " rows");
		}
	}

}
