package org.canvassaudit.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.canvassaudit.ingest.csv.CsvColumns;
import org.canvassaudit.ingest.csv.CsvColumns.HeaderException;
import org.canvassaudit.ingest.csv.CsvFormatException;
import org.canvassaudit.ingest.csv.CsvReader;
import org.canvassaudit.warehouse.BulkLoad;

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
	public FileLoad open(InboxEntry entry, IngestContext context) {
		BulkLoad<Skipped> rows = BulkLoad.of(context.warehouse(), this.table,
				(sink) -> read(entry.file(), context, sink));
		return new FileLoad() {

			@Override
			public void readAhead() {
				rows.read();
			}

			@Override
			public RowCounts load(LoadTarget target) throws QuarantineException, IOException {
				RowTally tally = new RowTally();
				try {
					tally.loaded(rows.insert(target.fileSeq(), Files.size(target.file()), (skipped) -> {
						if (skipped.rejection() == null) {
							tally.blank();
						}
						else {
							target.rejects()
								.add(null, skipped.row(), skipped.rejection().field(), skipped.rejection().reason());
							tally.rejected();
						}
					}));
				}
				catch (Unusable | CsvFormatException ex) {
					throw new QuarantineException(ex.getMessage(), ex);
				}
				return afterLoad(target, tally.counts());
			}

			@Override
			public void close() {
				rows.close();
			}

		};
	}

	/**
	 * The reading, on a thread that must not touch the warehouse: every record blank,
	 * rejected or written to the sink.
	 */
	private void read(Path file, IngestContext context, BulkLoad.Sink<Skipped> sink) throws IOException {
		CsvReader reader = new CsvReader(file);
		try (reader) {
			if (!reader.next()) {
				throw new Unusable("empty file: no header row", null);
			}
			CsvRow row = new CsvRow(reader, columns(reader), quotesValues());
			while (reader.next()) {
				if (row.isBlank()) {
					sink.note(new Skipped(row.row(), null));
					continue;
				}
				try {
					sink.row(row.row(), parse(row, context));
				}
				catch (RowRejection rejection) {
					sink.note(new Skipped(row.row(), rejection));
				}
			}
		}
		catch (CharacterCodingException ex) {
			throw new Unusable("not valid UTF-8 (at row " + reader.rowInProgress() + ")", ex);
		}
	}

	private CsvColumns columns(CsvReader header) throws Unusable {
		try {
			return CsvColumns.of(header, this.required, this.optional);
		}
		catch (HeaderException ex) {
			throw new Unusable(ex.getMessage(), ex);
		}
	}

	/**
	 * Validate a row and give the values of its table's columns after {@code file_seq}
	 * and {@code row_no}, in order: text, numbers, booleans, dates, UTC timestamps
	 * ({@link java.time.LocalDateTime}), longs or {@code null}. Runs on the reading
	 * thread: it must not touch the warehouse.
	 * @param row the row
	 * @param context what the night's loaders share
	 * @return the column values
	 * @throws RowRejection when a field is invalid
	 */
	abstract Object[] parse(CsvRow row, IngestContext context) throws RowRejection;

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

	/** A record not loaded: blank, or rejected. */
	private record Skipped(int row, RowRejection rejection) {
	}

	/** The file is unusable as a whole, found on the reading thread. */
	private static final class Unusable extends IOException {

		Unusable(String reason, Exception cause) {
			super(reason, cause);
		}

	}

}
