package org.canvassaudit.warehouse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * A bulk load of one file's rows into a warehouse table, in the warehouse's transaction.
 * <p>
 * The first {@value #DIRECT_ROWS} rows (two of DuckDB's row groups) are appended to the
 * table itself. The rest go to a twin of the table in an in-memory database, on a second
 * connection that commits them there, and are moved into the table with one
 * {@code INSERT … SELECT} when the load finishes.
 * <p>
 * The reason: DuckDB's Appender compresses and writes each full row group of a persistent
 * table (122,880 rows) on the appending thread, one core, while the next rows are being
 * read on the other; rows committed to the in-memory twin are compressed and moved by
 * every thread DuckDB has (rows not yet committed would be scanned on one thread). Moving
 * rows twice costs more than it saves for a daily export of a row group or two, and less
 * for a file of millions of rows (see docs/performance.md).
 * <p>
 * The twin has every column of the table but the first, {@code file_seq}, which is the
 * same for every row of a file. Nothing reaches the table before the warehouse's
 * transaction commits; the twin is dropped when the load is closed, and a crash loses it
 * with the process.
 */
public final class BulkLoad implements AutoCloseable {

	/** Rows appended straight to the table: two of DuckDB's row groups. */
	static final int DIRECT_ROWS = 2 * 122_880;

	private final Warehouse warehouse;

	private final String table;

	private final int fileSeq;

	private final int directRows;

	private final DuckDBAppender direct;

	private DuckDBConnection side;

	private String twinDatabase;

	private DuckDBAppender twin;

	private int rows;

	BulkLoad(Warehouse warehouse, String table, int fileSeq, int directRows) {
		this.warehouse = warehouse;
		this.table = table;
		this.fileSeq = fileSeq;
		this.directRows = directRows;
		this.direct = warehouse.appender(table);
	}

	/**
	 * @param warehouse the warehouse, in a transaction
	 * @param table a table whose first column is {@code file_seq}
	 * @param fileSeq the file whose rows are loaded
	 * @return the load
	 */
	public static BulkLoad start(Warehouse warehouse, String table, int fileSeq) {
		return new BulkLoad(warehouse, table, fileSeq, DIRECT_ROWS);
	}

	/**
	 * Begin a row: append its columns after {@code file_seq}, then call
	 * {@link DuckDBAppender#endRow()}.
	 * @return the appender the row goes to
	 * @throws SQLException if DuckDB refuses
	 */
	public DuckDBAppender beginRow() throws SQLException {
		if (this.rows < this.directRows) {
			this.rows++;
			return this.direct.beginRow().append(this.fileSeq);
		}
		if (this.twin == null) {
			openTwin();
		}
		return this.twin.beginRow();
	}

	/**
	 * Put every row appended in the table, in the warehouse's transaction.
	 * @throws SQLException if DuckDB refuses them
	 */
	public void finish() throws SQLException {
		this.direct.flush();
		if (this.twin != null) {
			this.twin.flush();
			this.side.commit();
			this.warehouse.jdbc().update("INSERT INTO " + this.table + " SELECT ?, * FROM " + twinName(), this.fileSeq);
		}
	}

	/**
	 * Drop the twin, in the second connection's own transaction: rolling that back would
	 * detach the in-memory database while the warehouse's transaction is open. (A twin
	 * whose appender never opened is left to the next load's {@code CREATE OR REPLACE}.)
	 */
	@Override
	public void close() throws SQLException {
		try (DuckDBAppender appender = this.direct; DuckDBConnection connection = this.side) {
			if (this.twin != null) {
				this.twin.close();
				try (Statement statement = connection.createStatement()) {
					statement.execute("DROP TABLE IF EXISTS " + twinName());
				}
				connection.commit();
			}
		}
	}

	private void openTwin() throws SQLException {
		this.side = (DuckDBConnection) this.warehouse.connection().duplicate();
		try (Statement statement = this.side.createStatement()) {
			// Named after the warehouse's own catalog, so never the warehouse itself.
			try (ResultSet current = statement.executeQuery("SELECT current_database()")) {
				current.next();
				this.twinDatabase = current.getString(1) + "_bulk";
			}
			statement.execute("ATTACH IF NOT EXISTS ':memory:' AS " + quoted(this.twinDatabase));
			statement.execute("CREATE OR REPLACE TABLE " + twinName() + " AS SELECT * EXCLUDE (file_seq) FROM "
					+ this.table + " LIMIT 0");
		}
		this.side.setAutoCommit(false);
		Warehouse.beginNow(this.side);
		this.twin = this.side.createAppender(this.twinDatabase, "main", this.table);
	}

	private String twinName() {
		return quoted(this.twinDatabase) + ".main." + this.table;
	}

	private static String quoted(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

}
