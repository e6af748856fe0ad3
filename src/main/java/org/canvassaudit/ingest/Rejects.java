package org.canvassaudit.ingest;

import java.sql.SQLException;

import org.canvassaudit.audit.Digest;
import org.canvassaudit.warehouse.Warehouse;
import org.duckdb.DuckDBAppender;

/**
 * The rejected rows of one file, written beside its data in the same transaction, with a
 * running digest the file's audit event seals.
 */
final class Rejects implements AutoCloseable {

	private final int fileSeq;

	private final DuckDBAppender appender;

	private final Digest digest = new Digest();

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
		this.digest.add(sheet, Integer.toString(row), field, reason);
		this.count++;
	}

	int count() {
		return this.count;
	}

	String digest() {
		return this.digest.hex();
	}

	@Override
	public void close() throws SQLException {
		this.appender.close();
	}

}
