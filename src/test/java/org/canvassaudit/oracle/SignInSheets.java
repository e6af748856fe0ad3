package org.canvassaudit.oracle;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.canvassaudit.oracle.Evidence.Candidate;
import org.canvassaudit.oracle.Evidence.Session;

/**
 * Reads every sheet of a sign-in workbook, hidden ones too, with POI's user model, and
 * keeps the rows SPEC §2 matches to a candidate: by a roster id, or by a name whose
 * normalised form equals exactly one roster name. Rows sent to review and volunteers
 * count for nobody, so the oracle needs no edit distance: it only has to tell a match.
 */
final class SignInSheets {

	private static final Map<String, String> SLOTS = Map.of("AM", "AM", "MORNING", "AM", "PM", "PM", "AFTERNOON", "PM",
			"EVE", "EVE", "EVENING", "EVE");

	private SignInSheets() {
	}

	static List<Session> sessions(Path file, Set<String> seatCodes, List<Candidate> roster) throws IOException {
		List<Session> sessions = new ArrayList<>();
		try (OPCPackage opc = OPCPackage.open(file.toFile(), PackageAccess.READ);
				XSSFWorkbook workbook = new XSSFWorkbook(opc)) {
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				readSheet(workbook.getSheetAt(i), workbook.isDate1904(), seatCodes, roster, sessions);
			}
		}
		catch (InvalidFormatException ex) {
			return List.of();
		}
		return sessions;
	}

	private static void readSheet(Sheet sheet, boolean date1904, Set<String> seatCodes, List<Candidate> roster,
			List<Session> sessions) {
		int headerRow = -1;
		Map<String, Integer> columns = Map.of();
		for (int r = 0; r < 10 && headerRow < 0; r++) {
			columns = headerColumns(sheet.getRow(r));
			headerRow = (columns.containsKey("date") && columns.containsKey("name")) ? r : -1;
		}
		if (headerRow < 0) {
			return;
		}
		for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			String name = text(cell(row, columns, "name"));
			String id = text(cell(row, columns, "candidate id"));
			if (name.isEmpty() && id.isEmpty()) {
				continue;
			}
			LocalDate date = date(cell(row, columns, "date"), date1904);
			String slot = SLOTS.get(text(cell(row, columns, "session")).toUpperCase(Locale.ROOT));
			String seat = text(cell(row, columns, "seat")).toUpperCase(Locale.ROOT);
			if (date == null || slot == null || !seatCodes.contains(seat) || name.isEmpty()) {
				continue;
			}
			String candidate = match(name, id, roster);
			if (candidate != null) {
				sessions.add(new Session(candidate, seat, date, slot));
			}
		}
	}

	private static Map<String, Integer> headerColumns(Row row) {
		Map<String, Integer> columns = new HashMap<>();
		if (row != null) {
			for (Cell cell : row) {
				columns.putIfAbsent(text(cell).toLowerCase(Locale.ROOT), cell.getColumnIndex());
			}
		}
		return columns;
	}

	private static Cell cell(Row row, Map<String, Integer> columns, String column) {
		Integer index = columns.get(column);
		return (index != null) ? row.getCell(index) : null;
	}

	/**
	 * SPEC §2 matching: by roster id, else by a normalised name equal to exactly one
	 * roster name. Unknown ids, shared names, near misses and volunteers all count for
	 * nobody.
	 * @param name the trimmed Name cell
	 * @param id the trimmed Candidate ID cell, a number as its integer text
	 * @param roster the roster
	 * @return the candidate id the row counts for, or {@code null} for nobody
	 */
	static String match(String name, String id, List<Candidate> roster) {
		if (!id.isEmpty()) {
			return roster.stream().anyMatch((c) -> c.id().equals(id)) ? id : null;
		}
		String key = normalise(name);
		List<Candidate> equal = roster.stream().filter((c) -> normalise(c.fullName()).equals(key)).toList();
		return (equal.size() == 1) ? equal.get(0).id() : null;
	}

	static String normalise(String name) {
		String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		StringBuilder kept = new StringBuilder();
		for (char c : folded.toLowerCase(Locale.ROOT).toCharArray()) {
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ') {
				kept.append(c);
			}
		}
		return kept.toString().trim().replaceAll(" +", " ");
	}

	private static LocalDate date(Cell cell, boolean date1904) {
		if (cell == null) {
			return null;
		}
		if (type(cell) == CellType.NUMERIC) {
			return DateUtil.getLocalDateTime(cell.getNumericCellValue(), date1904).toLocalDate();
		}
		return LondonDates.sheetDate(text(cell));
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		return switch (type(cell)) {
			case STRING -> cell.getStringCellValue().strip();
			case NUMERIC -> {
				double value = cell.getNumericCellValue();
				yield (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
			}
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			default -> "";
		};
	}

	private static CellType type(Cell cell) {
		return (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType() : cell.getCellType();
	}

}
