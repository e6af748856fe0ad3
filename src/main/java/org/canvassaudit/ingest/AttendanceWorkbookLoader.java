package org.canvassaudit.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

import org.canvassaudit.ingest.xlsx.SheetContentException;
import org.canvassaudit.ingest.xlsx.SheetRowHandler;
import org.canvassaudit.ingest.xlsx.SheetVisitor;
import org.canvassaudit.ingest.xlsx.UnreadableWorkbookException;
import org.canvassaudit.ingest.xlsx.XlsxWorkbooks;
import org.duckdb.DuckDBAppender;

import org.springframework.stereotype.Component;

/**
 * Hand-kept sign-in sheets: every sheet of every workbook, hidden ones too, streamed row
 * by row. Rows are stored with the name as written; matching them to candidates happens
 * at every evaluation against the latest roster, because the roster changes.
 */
@Component
class AttendanceWorkbookLoader implements InputLoader {

	@Override
	public InputKind kind() {
		return InputKind.ATTENDANCE;
	}

	@Override
	public FileLoad open(InboxEntry entry, IngestContext context) {
		return this::load;
	}

	private RowCounts load(LoadTarget target) throws QuarantineException, IOException {
		RowTally tally = new RowTally();
		try (DuckDBAppender appender = target.warehouse().appender("sheet_row")) {
			Sheets sheets = new Sheets(target, appender, tally);
			XlsxWorkbooks.read(target.file(), sheets);
			if (!sheets.anyHeader) {
				throw new QuarantineException("no sheet has a header row with Date and Name in rows 1-10");
			}
			appender.flush();
			return tally.counts();
		}
		catch (UnreadableWorkbookException ex) {
			throw new QuarantineException(ex.getMessage(), ex);
		}
		catch (HeaderProblem ex) {
			throw new QuarantineException(ex.getMessage());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot load " + target.entry().path() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Hands each sheet to its own {@link AttendanceSheet} and remembers whether any had a
	 * header.
	 */
	private static final class Sheets implements SheetVisitor {

		private final LoadTarget target;

		private final DuckDBAppender appender;

		private final RowTally tally;

		private AttendanceSheet current;

		private boolean anyHeader;

		Sheets(LoadTarget target, DuckDBAppender appender, RowTally tally) {
			this.target = target;
			this.appender = appender;
			this.tally = tally;
		}

		@Override
		public SheetRowHandler startSheet(String name, boolean date1904) {
			this.current = new AttendanceSheet(name, date1904, this.target, this.appender, this.tally);
			return this.current;
		}

		@Override
		public void endSheet() {
			this.current.end();
			this.anyHeader |= this.current.hasHeader();
		}

	}

	/**
	 * A sheet's header lacks a required column or repeats one: the workbook is
	 * quarantined.
	 */
	static class HeaderProblem extends SheetContentException {

		HeaderProblem(String message) {
			super(message);
		}

	}

	static UncheckedIOException unchecked(SQLException ex) {
		return new UncheckedIOException(new IOException(ex.getMessage(), ex));
	}

}
