package org.canvassaudit.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a sheet as a person sees it and an output CSV as its records, so a test can check
 * that the two hold the same table.
 */
final class WorkbookCells {

	private WorkbookCells() {
	}

	/**
	 * @param file a workbook
	 * @return it, opened read-only
	 * @throws IOException when it cannot be read
	 */
	static XSSFWorkbook open(Path file) throws IOException {
		try {
			return new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
		}
		catch (InvalidFormatException ex) {
			throw new IOException(ex);
		}
	}

	/**
	 * @param sheet a sheet
	 * @return each row's cells as Excel shows them, as wide as the header
	 */
	static List<List<String>> shown(Sheet sheet) {
		DataFormatter formatter = new DataFormatter();
		int columns = sheet.getRow(0).getLastCellNum();
		List<List<String>> rows = new ArrayList<>();
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < columns; c++) {
				cells.add(formatter.formatCellValue(row.getCell(c)));
			}
			rows.add(cells);
		}
		return rows;
	}

	/**
	 * @param file an output CSV
	 * @return its records, header first, read with a small RFC 4180 parser of its own
	 * @throws IOException when it cannot be read
	 */
	static List<List<String>> csv(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		List<List<String>> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (quoted) {
				if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (ch == '"') {
					quoted = false;
				}
				else {
					field.append(ch);
				}
			}
			else if (ch == '"') {
				quoted = true;
			}
			else if (ch == ',' || ch == '\n') {
				fields.add(field.toString());
				field.setLength(0);
				if (ch == '\n') {
					records.add(fields);
					fields = new ArrayList<>();
				}
			}
			else {
				field.append(ch);
			}
		}
		return records;
	}

}
