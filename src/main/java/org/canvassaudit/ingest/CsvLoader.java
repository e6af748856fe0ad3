package org.canvassaudit.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import org.canvassaudit.ingest.csv.CsvColumns;
import org.canvassaudit.ingest.csv.CsvColumns.HeaderException;
import org.canvassaudit.ingest.csv.CsvFormatException;
import org.canvassaudit.ingest.csv.CsvReader;
import org.canvassaudit.warehouse.Appends;
import org.canvassaudit.warehouse.BulkLoad;
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
		try (reader) {
			if (!reader.next()) {
				throw new QuarantineException("empty file: no header row");
			}
			CsvRow row = new CsvRow(reader, columns(reader), quotesValues());
			RowTally tally = new RowTally();
			try (RowPipeline<Parsed> rows = RowPipeline.start((sink) -> read(reader, row, target, sink));
					BulkLoad load = BulkLoad.start(target.warehouse(), this.table, target.fileSeq())) {
				for (List<Parsed> batch = rows.next(); batch != null; batch = rows.next()) {
					for (Parsed parsed : batch) {
						write(parsed, load, target, tally);
					}
				}
				load.finish();
			}
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

	/**
	 * The reading half, on the pipeline's thread: every record blank, rejected or parsed.
	 */
	private void read(CsvReader reader, CsvRow row, LoadTarget target, Consumer<Parsed> sink) throws IOException {
		while (reader.next()) {
			if (row.isBlank()) {
				sink.accept(new Parsed(row.row(), null, null));
				continue;
			}
			try {
				sink.accept(new Parsed(row.row(), parse(row, target), null));
			}
			catch (RowRejection rejection) {
				sink.accept(new Parsed(row.row(), null, rejection));
			}
		}
	}

	/** The writing half, on the caller's thread, which owns the warehouse connection. */
	private static void write(Parsed parsed, BulkLoad load, LoadTarget target, RowTally tally) throws SQLException {
		if (parsed.rejection() != null) {
			target.rejects().add(null, parsed.row(), parsed.rejection().field(), parsed.rejection().reason());
			tally.rejected();
		}
		else if (parsed.values() == null) {
			tally.blank();
		}
		else {
			DuckDBAppender appender = load.beginRow().append(parsed.row());
			for (Object value : parsed.values()) {
				Appends.value(appender, value);
			}
			appender.endRow();
			tally.loaded();
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
	 * Validate a row and give the values of its table's columns after {@code file_seq}
	 * and {@code row_no}, in order: text, numbers, booleans, dates, UTC timestamps
	 * ({@link java.time.LocalDateTime}), longs or {@code null}. Runs on the reading
	 * thread: it must not touch the warehouse.
	 * @param row the row
	 * @param target the file being loaded
	 * @return the column values
	 * @throws RowRejection when a field is invalid
	 */
	abstract Object[] parse(CsvRow row, LoadTarget target) throws RowRejection;

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

	/**
	 * A record after reading: its values, or why it was rejected, or neither when blank.
	 */
	private record Parsed(int row, Object[] values, RowRejection rejection) {
	}

}
