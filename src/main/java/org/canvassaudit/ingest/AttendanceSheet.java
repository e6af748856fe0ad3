package org.canvassaudit.ingest;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.canvassaudit.ingest.AttendanceWorkbookLoader.HeaderProblem;
import org.canvassaudit.ingest.xlsx.Cell;
import org.canvassaudit.ingest.xlsx.SheetRowHandler;
import org.canvassaudit.rules.Slot;
import org.canvassaudit.warehouse.Appends;
import org.duckdb.DuckDBAppender;

/**
 * One sign-in sheet, read as it streams: the header is the first of rows 1-10 with cells
 * {@code Date} and {@code Name}; rows above it are titles. After the header, every row up
 * to the last one holding a value is read: blank without a name or candidate id, else
 * validated and loaded or rejected. A sheet with values but no header has every row
 * rejected.
 */
final class AttendanceSheet implements SheetRowHandler {

	static final String NO_HEADER = "the sheet has no header row with Date and Name in rows 1-10";

	private static final int HEADER_ROWS = 10;

	/** 31 December 9999, the last day Excel has a serial number for. */
	private static final double LAST_SERIAL = 2958465;

	private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

	private final String name;

	private final boolean date1904;

	private final LoadTarget target;

	private final DuckDBAppender appender;

	private final RowTally tally;

	private final List<Integer> titleRows = new ArrayList<>();

	private Map<String, Integer> header;

	private boolean headerless;

	private int lastRow;

	AttendanceSheet(String name, boolean date1904, LoadTarget target, DuckDBAppender appender, RowTally tally) {
		this.name = name;
		this.date1904 = date1904;
		this.target = target;
		this.appender = appender;
		this.tally = tally;
	}

	boolean hasHeader() {
		return this.header != null;
	}

	@Override
	public void row(int rowNumber, List<Cell> cells) {
		if (cells.isEmpty()) {
			return;
		}
		if (this.header == null && !this.headerless) {
			if (rowNumber <= HEADER_ROWS && isHeader(cells)) {
				this.header = columns(cells);
				this.lastRow = rowNumber;
				return;
			}
			if (rowNumber <= HEADER_ROWS) {
				this.titleRows.add(rowNumber);
				return;
			}
			becomeHeaderless();
		}
		countGapUpTo(rowNumber);
		if (this.headerless) {
			reject(rowNumber, null, NO_HEADER);
		}
		else {
			load(rowNumber, cells);
		}
		this.lastRow = rowNumber;
	}

	/**
	 * The sheet has ended: rows held back while looking for a header are rejected now.
	 */
	void end() {
		if (this.header == null && !this.headerless && !this.titleRows.isEmpty()) {
			becomeHeaderless();
		}
	}

	private void becomeHeaderless() {
		this.headerless = true;
		for (int row : this.titleRows) {
			countGapUpTo(row);
			reject(row, null, NO_HEADER);
			this.lastRow = row;
		}
		this.titleRows.clear();
	}

	private void countGapUpTo(int rowNumber) {
		for (int row = this.lastRow + 1; row < rowNumber; row++) {
			this.tally.blank();
		}
	}

	private void load(int rowNumber, List<Cell> cells) {
		String personName = text(cells, "name");
		String candidateId = text(cells, "candidate id");
		if (personName.isEmpty() && candidateId.isEmpty()) {
			this.tally.blank();
			return;
		}
		try {
			LocalDate date = date(cell(cells, "date"), this.date1904);
			Slot slot = slot(text(cells, "session"));
			String seat = text(cells, "seat");
			if (seat.isEmpty()) {
				throw new RowRejection("Seat", "required but empty");
			}
			seat = CsvRow.seat("Seat", seat, this.target.context().seats(), true);
			append(rowNumber, date, slot, seat, personName, candidateId);
			this.tally.loaded();
		}
		catch (RowRejection rejection) {
			reject(rowNumber, rejection.field(), rejection.reason());
		}
	}

	private void append(int rowNumber, LocalDate date, Slot slot, String seat, String personName, String candidateId) {
		try {
			this.appender.beginRow().append(this.target.fileSeq()).append(this.name).append(rowNumber);
			Appends.date(this.appender, date);
			this.appender.append(slot.name()).append(seat);
			Appends.text(this.appender, personName.isEmpty() ? null : personName);
			Appends.text(this.appender, candidateId.isEmpty() ? null : candidateId);
			this.appender.endRow();
		}
		catch (SQLException ex) {
			throw AttendanceWorkbookLoader.unchecked(ex);
		}
	}

	private void reject(int rowNumber, String field, String reason) {
		this.target.rejects().add(this.name, rowNumber, field, reason);
		this.tally.rejected();
	}

	/**
	 * @param cell the Date cell, or {@code null}
	 * @param date1904 whether serial dates count from 1904
	 * @return the date: an Excel date or number (a serial date), or text D/M/YYYY or
	 * YYYY-MM-DD
	 * @throws RowRejection when empty or not a date
	 */
	static LocalDate date(Cell cell, boolean date1904) throws RowRejection {
		if (cell == null || cell.asText().isBlank()) {
			throw new RowRejection("Date", "required but empty");
		}
		if (cell.number() != null) {
			double serial = cell.number();
			if (serial < 1 || serial >= LAST_SERIAL + 1 || !DateUtil.isValidExcelDate(serial)) {
				throw new RowRejection("Date", "'" + cell.asText() + "' is not an Excel date");
			}
			return DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
		}
		String text = cell.text().strip();
		Matcher uk = UK_DATE.matcher(text);
		LocalDate date = uk.matches() ? ukDate(uk) : LocalTimes.date(text);
		if (date == null) {
			throw new RowRejection("Date", "'" + text + "' is not a date (D/M/YYYY or YYYY-MM-DD)");
		}
		return date;
	}

	private static LocalDate ukDate(Matcher uk) {
		try {
			return LocalDate.of(Integer.parseInt(uk.group(3)), Integer.parseInt(uk.group(2)),
					Integer.parseInt(uk.group(1)));
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	private static Slot slot(String word) throws RowRejection {
		if (word.isEmpty()) {
			throw new RowRejection("Session", "required but empty");
		}
		Slot slot = Slot.ofWord(word);
		if (slot == null) {
			throw new RowRejection("Session",
					"'" + word + "' is not a session (AM, PM, EVE, Morning, Afternoon, Evening)");
		}
		return slot;
	}

	private String text(List<Cell> cells, String column) {
		Cell cell = cell(cells, column);
		return (cell != null) ? cell.asText().strip() : "";
	}

	private Cell cell(List<Cell> cells, String column) {
		Integer position = this.header.get(column);
		if (position == null) {
			return null;
		}
		for (Cell cell : cells) {
			if (cell.column() == position) {
				return cell;
			}
		}
		return null;
	}

	private static boolean isHeader(List<Cell> cells) {
		boolean date = false;
		boolean personName = false;
		for (Cell cell : cells) {
			String label = label(cell);
			date |= label.equals("date");
			personName |= label.equals("name");
		}
		return date && personName;
	}

	private Map<String, Integer> columns(List<Cell> cells) {
		Map<String, Integer> columns = new HashMap<>();
		for (Cell cell : cells) {
			String label = label(cell);
			if (List.of("date", "session", "seat", "name", "candidate id").contains(label)
					&& columns.putIfAbsent(label, cell.column()) != null) {
				throw new HeaderProblem("sheet '" + this.name + "': column " + label + " appears more than once");
			}
		}
		for (String required : List.of("date", "session", "seat", "name")) {
			if (!columns.containsKey(required)) {
				throw new HeaderProblem("sheet '" + this.name + "': header lacks the required column " + required);
			}
		}
		return columns;
	}

	private static String label(Cell cell) {
		return cell.asText().strip().toLowerCase(Locale.ROOT);
	}

}
