package org.canvassaudit.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The open DuckDB warehouse: one process-wide lock, one connection, explicit resource
 * limits and an up-to-date schema. Every writer goes through {@link #inTransaction}, so
 * an input file, a night's decisions or an appeal either land whole or not at all.
 */
public final class Warehouse implements AutoCloseable {

	private final Path file;

	private final WarehouseLock lock;

	private final DuckDBConnection connection;

	private final JdbcTemplate jdbc;

	private final int threads;

	private boolean inTransaction;

	private boolean fewerThreads;

	private Warehouse(Path file, WarehouseLock lock, DuckDBConnection connection, int threads) {
		this.file = file;
		this.threads = threads;
		this.lock = lock;
		this.connection = connection;
		this.jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
	}

	/**
	 * Lock and open the warehouse file, creating it if needed, and bring its schema up to
	 * date.
	 * @param file the DuckDB file
	 * @param properties resource limits
	 * @return the open warehouse
	 * @throws WarehouseBusyException if another process holds it
	 */
	public static Warehouse open(Path file, WarehouseProperties properties) {
		return open(file, properties, false);
	}

	/**
	 * Lock and open an existing warehouse for reading only: DuckDB itself refuses any
	 * write.
	 * @param file the DuckDB file
	 * @param properties resource limits
	 * @return the open warehouse
	 * @throws WarehouseBusyException if another process holds it
	 * @throws IllegalArgumentException if there is no warehouse there
	 */
	public static Warehouse openReadOnly(Path file, WarehouseProperties properties) {
		return open(existing(file), properties, true);
	}

	/**
	 * @param file a DuckDB file
	 * @return the file
	 * @throws IllegalArgumentException if there is no warehouse there
	 */
	static Path existing(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("there is no warehouse at " + file.toAbsolutePath().normalize());
		}
		return file;
	}

	private static Warehouse open(Path file, WarehouseProperties properties, boolean readOnly) {
		Path absolute = file.toAbsolutePath().normalize();
		createParent(absolute);
		WarehouseLock lock = WarehouseLock.acquire(absolute);
		try {
			Properties options = new Properties();
			if (readOnly) {
				options.setProperty("duckdb.read_only", "true");
			}
			DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + absolute,
					options);
			configure(connection, properties, absolute);
			if (!readOnly) {
				SchemaMigrations.apply(connection);
			}
			return new Warehouse(absolute, lock, connection, properties.threads());
		}
		catch (SQLException ex) {
			lock.close();
			if (String.valueOf(ex.getMessage()).contains("Could not set lock")) {
				throw new WarehouseBusyException(absolute);
			}
			throw new IllegalStateException("cannot open warehouse " + absolute + ": " + ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			lock.close();
			throw ex;
		}
	}

	private static void configure(Connection connection, WarehouseProperties properties, Path file)
			throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET memory_limit = '" + properties.memoryLimit().replace("'", "") + "'");
			statement.execute("SET threads = " + properties.threads());
			statement.execute(
					"SET temp_directory = '" + properties.tempDirectoryFor(file).toString().replace("'", "''") + "'");
			statement.execute("SET preserve_insertion_order = false");
			statement.execute("SET TimeZone = 'UTC'");
		}
	}

	private static void createParent(Path file) {
		try {
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create the warehouse folder " + file.getParent(), ex);
		}
	}

	public Path file() {
		return this.file;
	}

	/**
	 * Copy the whole warehouse, checkpointed, to a file. The warehouse stays locked
	 * throughout, so no night can write under the copy; the copy appears whole or not at
	 * all.
	 * @param target the backup file; it must not exist yet
	 */
	public void backupTo(Path target) {
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		try {
			try (Statement statement = this.connection.createStatement()) {
				statement.execute("CHECKPOINT");
			}
			Files.copy(this.file, partial, StandardCopyOption.REPLACE_EXISTING);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot checkpoint " + this.file + ": " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot copy " + this.file + " to " + target, ex);
		}
	}

	public JdbcTemplate jdbc() {
		return this.jdbc;
	}

	public DuckDBConnection connection() {
		return this.connection;
	}

	/**
	 * An appender on a warehouse table; it writes in the current transaction.
	 * @param table the table name
	 * @return a new appender, to be closed by the caller
	 */
	public DuckDBAppender appender(String table) {
		try {
			return this.connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot append to " + table + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Run statements on fewer of DuckDB's threads than configured (a setting of the whole
	 * database, so restored after the work, or after the rollback when it failed).
	 * @param <T> the result type
	 * @param count the threads
	 * @param work the statements
	 * @return what the work returned
	 * @throws Exception what the work threw
	 */
	public <T> T withThreads(int count, Work<T> work) throws Exception {
		if (count >= this.threads) {
			return work.run();
		}
		this.fewerThreads = true;
		this.jdbc.execute("SET threads = " + count);
		T result = work.run();
		restoreThreads();
		return result;
	}

	private void restoreThreads() {
		if (this.fewerThreads) {
			this.jdbc.execute("SET threads = " + this.threads);
			this.fewerThreads = false;
		}
	}

	/**
	 * Run the work in one transaction: committed when it returns, rolled back when it
	 * throws.
	 * @param <T> the result type
	 * @param work the work
	 * @return what the work returned
	 */
	public <T> T inTransaction(Work<T> work) {
		if (this.inTransaction) {
			throw new IllegalStateException("transactions do not nest");
		}
		this.inTransaction = true;
		try {
			this.connection.setAutoCommit(false);
			beginNow(this.connection);
			T result = work.run();
			this.connection.commit();
			return result;
		}
		catch (Exception | Error ex) {
			// Errors too: turning auto-commit back on below would commit the work so far.
			rollback();
			restoreThreads();
			if (ex instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getMessage(), ex);
		}
		finally {
			this.inTransaction = false;
			try {
				this.connection.setAutoCommit(true);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	/**
	 * DuckDB's JDBC driver opens the transaction at the first statement, and an Appender
	 * used before any statement commits on its own: a statement now puts every append
	 * inside.
	 */
	static void beginNow(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SELECT 1");
		}
	}

	private void rollback() {
		try {
			this.connection.rollback();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("rollback failed: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void close() {
		try {
			this.connection.close();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			this.lock.close();
		}
	}

	/**
	 * Work done inside a warehouse transaction.
	 *
	 * @param <T> the result type
	 */
	@FunctionalInterface
	public interface Work<T> {

		T run() throws Exception;

	}

}
