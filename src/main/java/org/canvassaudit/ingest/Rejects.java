package org.canvassaudit.ingest;

import java.sql.SQLException;

import org.canvassaudit.warehouse.Warehouse;
import org.duckdb.DuckDBAppender;

/**
 * The rejected rows of one file, written beside its data in the same transaction.
 */
final class Rejects implements AutoCloseable {

	private final int fileSeq;

	private final DuckDBAppender appender;

	private int count;

	Rejects(Warehouse warehouse, int fileSeq) {
		this.fileSeq = fileSeq;
		this.appender = warehouse.appender("reject");
	}

	void add(String sheet, int row, String field, String reason) {
		try {
			this.appender.beginRow().append(this.fileSeq);
			if (sheet == null) {
				this.appender.appendNull();
			}
			else {
				this.appender.append(sheet);
			}
			this.appender.append(row);
			if (field == null) {
				this.appender.appendNull();
			}
			else {
				this.appender.append(field);
			}
			this.appender.append(reason).endRow();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot record a reject: " + ex.getMessage(), ex);
		}
		this.count++;
	}

	int count() {
		return this.count;
	}

	/**
	 * Make the rejects written so far visible to queries in the transaction.
	 * @throws SQLException if the appender fails
	 */
	void flush() throws SQLException {
		this.appender.flush();
	}

	@Override
	public void close() throws SQLException {
		this.appender.close();
	}

}
