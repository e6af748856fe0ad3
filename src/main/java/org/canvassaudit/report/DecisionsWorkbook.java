package org.canvassaudit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code decisions-<as-of>.xlsx}: the night's tables as sheets for people who read them
 * in a spreadsheet (SPEC §5). Each sheet holds the same rows and columns as its CSV, with
 * typed cells: numbers, real dates, booleans, blanks for empty values. Rows stream
 * through a small window to temporary files, so memory stays bounded whatever the size of
 * a table.
 */
final class DecisionsWorkbook implements AutoCloseable {

	private static final int ROW_WINDOW = 100;

	private final SXSSFWorkbook workbook;

	private final int maxRows;

	private final CellStyle headerStyle;

	private final CellStyle dateStyle;

	/**
	 * A workbook whose sheets hold as many rows as Excel allows.
	 */
	DecisionsWorkbook() {
		this(SpreadsheetVersion.EXCEL2007.getMaxRows());
	}

	/**
	 * @param maxRows the most rows a sheet may hold, its header included
	 */
	DecisionsWorkbook(int maxRows) {
		this.workbook = new SXSSFWorkbook(ROW_WINDOW);
		// Without a creation time the same night gives a byte-identical workbook, like
		// its CSVs.
		POIXMLProperties.CoreProperties properties = this.workbook.getXSSFWorkbook()
			.getProperties()
			.getCoreProperties();
		properties.setCreated(Optional.empty());
		properties.setCreator("canvass-audit");
		this.maxRows = maxRows;
		Font bold = this.workbook.createFont();
		bold.setBold(true);
		this.headerStyle = this.workbook.createCellStyle();
		this.headerStyle.setFont(bold);
		this.dateStyle = this.workbook.createCellStyle();
		this.dateStyle.setDataFormat(this.workbook.createDataFormat().getFormat("yyyy-mm-dd"));
	}

	/**
	 * Start the sheet of a table; sheets appear in the order they are started.
	 * @param table the table
	 * @return where its rows go, to be closed after the last one
	 */
	SheetOutput sheet(Table table) {
		return new SheetOutput(this.workbook.createSheet(table.sheetName()), table.columns(), this.maxRows,
				this.headerStyle, this.dateStyle);
	}

	/**
	 * @param file the file to write the workbook to
	 */
	void save(Path file) {
		try (OutputStream out = Files.newOutputStream(file)) {
			this.workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

	/**
	 * Delete the temporary files that back the rows.
	 */
	@Override
	public void close() {
		try {
			this.workbook.dispose();
			this.workbook.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
