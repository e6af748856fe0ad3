package org.canvassaudit.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes small, real {@code .xlsx} sign-in sheets with POI, so fixtures show their cells
 * in the test that uses them. Rows are numbered as Excel shows them (the first is 1); a
 * row never mentioned does not exist in the file.
 * <p>
 * Values: {@link String} is a text cell, {@link Number} a plain number cell,
 * {@link LocalDate} a number cell with a date format (an Excel date), a {@link Formula} a
 * formula cell whose cached value is computed before the file is written, {@code null} no
 * cell at all.
 */
public final class Workbooks {

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final CellStyle dateStyle;

	private Workbooks() {
		this.dateStyle = this.workbook.createCellStyle();
		this.dateStyle.setDataFormat(this.workbook.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
	}

	/**
	 * @return a new, empty workbook
	 */
	public static Workbooks workbook() {
		return new Workbooks();
	}

	/**
	 * @param expression a formula without its leading {@code =}, such as
	 * {@code DATE(2024,6,1)}
	 * @return a cell value for {@link Rows#row}
	 */
	public static Formula formula(String expression) {
		return new Formula(expression);
	}

	/**
	 * @param name the sheet's name
	 * @param rows what the sheet holds
	 * @return this workbook
	 */
	public Workbooks sheet(String name, Consumer<Rows> rows) {
		rows.accept(new Rows(this.workbook.createSheet(name)));
		return this;
	}

	/**
	 * @param name the sheet's name
	 * @param rows what the hidden sheet holds
	 * @return this workbook
	 */
	public Workbooks hiddenSheet(String name, Consumer<Rows> rows) {
		sheet(name, rows);
		this.workbook.setSheetHidden(this.workbook.getNumberOfSheets() - 1, true);
		return this;
	}

	/**
	 * Write the workbook and close it.
	 * @param file where to write it (its folder is created)
	 * @return the file
	 */
	public Path writeTo(Path file) {
		try (XSSFWorkbook closing = this.workbook) {
			closing.getCreationHelper().createFormulaEvaluator().evaluateAll();
			Files.createDirectories(file.toAbsolutePath().getParent());
			try (OutputStream out = Files.newOutputStream(file)) {
				closing.write(out);
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The rows of one sheet.
	 */
	public final class Rows {

		private final XSSFSheet sheet;

		private Rows(XSSFSheet sheet) {
			this.sheet = sheet;
		}

		/**
		 * @param excelRow the row number Excel shows
		 * @param values the cells from column A on
		 * @return these rows
		 */
		public Rows row(int excelRow, Object... values) {
			write(excelRow, values);
			return this;
		}

		/**
		 * @param excelRow the row number Excel shows
		 * @param values the cells from column A on
		 * @return these rows, with this one hidden
		 */
		public Rows hiddenRow(int excelRow, Object... values) {
			write(excelRow, values).setZeroHeight(true);
			return this;
		}

		private Row write(int excelRow, Object... values) {
			Row row = this.sheet.createRow(excelRow - 1);
			for (int column = 0; column < values.length; column++) {
				Object value = values[column];
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(column);
				if (value instanceof LocalDate date) {
					cell.setCellValue(date);
					cell.setCellStyle(Workbooks.this.dateStyle);
				}
				else if (value instanceof Formula formula) {
					cell.setCellFormula(formula.expression());
				}
				else if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else {
					cell.setCellValue(value.toString());
				}
			}
			return row;
		}

	}

	/**
	 * A formula cell.
	 *
	 * @param expression the formula, without its leading {@code =}
	 */
	public record Formula(String expression) {
	}

}
