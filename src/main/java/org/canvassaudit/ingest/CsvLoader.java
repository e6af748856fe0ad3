package org.canvassaudit.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.sql.SQLException;
import java.util.List;

import org.canvassaudit.ingest.csv.CsvColumns;
import org.canvassaudit.ingest.csv.CsvColumns.HeaderException;
import org.canvassaudit.ingest.csv.CsvFormatException;
import org.canvassaudit.ingest.csv.CsvReader;
import org.duckdb.DuckDBAppender;

/**
 * The shape every CSV input shares: a header naming the columns, then records that are
 * blank, rejected with a reason, or validated and appended to one warehouse table.
 */
abstract class CsvLoader implements InputLoader {

	private final InputKind kind;

	private final String table;

	private final List<String> required;

	private final List<String> optional;

	CsvLoader(InputKind kind, String table, List<String> required, List<String> optional) {
		this.kind = kind;
		this.table = table;
		this.required = required;
		this.optional = optional;
	}

	@Override
	public InputKind kind() {
		return this.kind;
	}

	@Override
	public RowCounts load(LoadTarget target) throws QuarantineException, IOException {
		CsvReader reader = new CsvReader(target.file());
		try (reader; DuckDBAppender appender = target.warehouse().appender(this.table)) {
			if (!reader.next()) {
				throw new QuarantineException("empty file: no header row");
			}
			CsvRow row = new CsvRow(reader, columns(reader), quotesValues());
			RowTally tally = new RowTally();
			while (reader.next()) {
				if (row.isBlank()) {
					tally.blank();
					continue;
				}
				try {
					append(row, appender, target);
					tally.loaded();
				}
				catch (RowRejection rejection) {
					target.rejects().add(null, row.row(), rejection.field(), rejection.reason());
					tally.rejected();
				}
			}
			appender.flush();
			return afterLoad(target, tally.counts());
		}
		catch (CharacterCodingException ex) {
			throw new QuarantineException("not valid UTF-8 (at row " + reader.rowInProgress() + ")", ex);
		}
		catch (CsvFormatException ex) {
			throw new QuarantineException(ex.getMessage(), ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot load " + target.entry().path() + ": " + ex.getMessage(), ex);
		}
	}

	private CsvColumns columns(CsvReader header) throws QuarantineException {
		try {
			return CsvColumns.of(header, this.required, this.optional);
		}
		catch (HeaderException ex) {
			throw new QuarantineException(ex.getMessage());
		}
	}

	/**
	 * Validate the whole row first, then append it: a rejected row leaves nothing behind.
	 * @param row the row
	 * @param appender the table's appender
	 * @param target the file being loaded
	 * @throws RowRejection when a field is invalid
	 * @throws SQLException when the appender refuses a value
	 */
	abstract void append(CsvRow row, DuckDBAppender appender, LoadTarget target) throws RowRejection, SQLException;

	/**
	 * @return whether reject reasons may quote the value at fault
	 */
	boolean quotesValues() {
		return true;
	}

	/**
	 * @param target the file just loaded
	 * @param counts its counts
	 * @return the counts, adjusted once the rows are in the warehouse
	 */
	RowCounts afterLoad(LoadTarget target, RowCounts counts) {
		return counts;
	}

}
