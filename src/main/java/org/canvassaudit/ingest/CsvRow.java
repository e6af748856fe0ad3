package org.canvassaudit.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.canvassaudit.ingest.LocalTimes.Stamp;
import org.canvassaudit.ingest.csv.CsvColumns;
import org.canvassaudit.ingest.csv.CsvReader;

/**
 * The current record of a CSV file, read by column name, with the spec's validation:
 * values trimmed, required fields present, dates strict, codes from their list, seats
 * known.
 */
final class CsvRow {

	private final CsvReader reader;

	private final CsvColumns columns;

	private final boolean quoteValues;

	/** Codes as written, lower-cased once: a file repeats a handful of spellings. */
	private final Map<String, String> codes = new HashMap<>();

	/**
	 * @param reader the reader, positioned on a record
	 * @param columns where the columns are
	 * @param quoteValues whether reasons may quote the value at fault; not for contact
	 * exports, whose fields can hold voter references and voting intentions when columns
	 * are shifted
	 */
	CsvRow(CsvReader reader, CsvColumns columns, boolean quoteValues) {
		this.reader = reader;
		this.columns = columns;
		this.quoteValues = quoteValues;
	}

	int row() {
		return this.reader.row();
	}

	boolean isBlank() {
		for (int i = 0; i < this.reader.size(); i++) {
			if (!this.reader.get(i).isBlank()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @param column a column
	 * @return the trimmed value, empty when the column is absent
	 * @throws RowRejection when the value was too long to keep
	 */
	String text(String column) throws RowRejection {
		int position = this.columns.position(column);
		if (position < 0) {
			return "";
		}
		if (this.reader.isCut(position)) {
			throw new RowRejection(column, "longer than " + CsvReader.MAX_FIELD_LENGTH + " characters");
		}
		return this.reader.get(position).strip();
	}

	String required(String column) throws RowRejection {
		String value = text(column);
		if (value.isEmpty()) {
			throw new RowRejection(column, "required but empty");
		}
		return value;
	}

	LocalDate requiredDate(String column) throws RowRejection {
		return date(column, required(column));
	}

	LocalDate optionalDate(String column) throws RowRejection {
		String value = text(column);
		return value.isEmpty() ? null : date(column, value);
	}

	Stamp requiredDateTime(String column) throws RowRejection {
		return dateTime(column, required(column));
	}

	Stamp optionalDateTime(String column) throws RowRejection {
		String value = text(column);
		return value.isEmpty() ? null : dateTime(column, value);
	}

	/**
	 * @param column a column
	 * @param codes the allowed codes, lower case
	 * @return the code, lower case
	 * @throws RowRejection when empty or not one of the codes
	 */
	String requiredCode(String column, Set<String> codes) throws RowRejection {
		String written = required(column);
		String known = this.codes.get(written);
		if (known != null && codes.contains(known)) {
			return known;
		}
		String value = written.toLowerCase(Locale.ROOT);
		if (!codes.contains(value)) {
			throw new RowRejection(column, quoted(written) + "is not one of " + Codes.list(codes));
		}
		this.codes.put(written, value);
		return value;
	}

	String requiredSeat(String column, SeatCodes seats) throws RowRejection {
		return seat(column, required(column), seats, this.quoteValues);
	}

	String optionalSeat(String column, SeatCodes seats) throws RowRejection {
		String value = text(column);
		return value.isEmpty() ? null : seat(column, value, seats, this.quoteValues);
	}

	static String seat(String column, String value, SeatCodes seats, boolean quoteValue) throws RowRejection {
		String canonical = seats.canonical(value);
		if (canonical == null) {
			throw new RowRejection(column,
					"seat code " + (quoteValue ? "'" + value + "' " : "") + "is in no seats snapshot");
		}
		return canonical;
	}

	private LocalDate date(String column, String value) throws RowRejection {
		LocalDate date = LocalTimes.date(value);
		if (date == null) {
			throw new RowRejection(column, quoted(value) + "is not a date (YYYY-MM-DD)");
		}
		return date;
	}

	private Stamp dateTime(String column, String value) throws RowRejection {
		Stamp stamp = LocalTimes.dateTime(value);
		if (stamp == null) {
			throw new RowRejection(column,
					quoted(value) + "is not a date-time (YYYY-MM-DDTHH:MM[:SS[.fff]][Z|+HH:MM])");
		}
		return stamp;
	}

	private String quoted(String value) {
		return this.quoteValues ? "'" + value + "' " : "";
	}

}
