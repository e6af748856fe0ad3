package org.canvassaudit.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A read-only look into a warehouse file after a command has released it, with plain
 * JDBC: what a test sees is what the file holds, not what the application says it holds.
 */
public final class WarehouseProbe implements AutoCloseable {

	private final Connection connection;

	private WarehouseProbe(Connection connection) {
		this.connection = connection;
	}

	public static WarehouseProbe open(Path warehouse) throws SQLException {
		Properties options = new Properties();
		options.setProperty("duckdb.read_only", "true");
		return new WarehouseProbe(DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath(), options));
	}

	/**
	 * @return every table of the warehouse and its row count, by name
	 * @throws SQLException on a failed query
	 */
	public Map<String, Long> rowCounts() throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : lines("SELECT table_name FROM information_schema.tables "
				+ "WHERE table_schema = 'main' AND table_type = 'BASE TABLE'")) {
			counts.put(table, count("SELECT count(*) FROM \"" + table + "\""));
		}
		return counts;
	}

	/**
	 * @return every VARCHAR column of every table, as {@code table.column}
	 * @throws SQLException on a failed query
	 */
	public List<String> varcharColumns() throws SQLException {
		return lines("""
				SELECT c.table_name || '.' || c.column_name FROM information_schema.columns c
				JOIN information_schema.tables t USING (table_schema, table_name)
				WHERE c.table_schema = 'main' AND t.table_type = 'BASE TABLE' AND c.data_type = 'VARCHAR'
				ORDER BY 1""");
	}

	/**
	 * @param sql a query returning one number
	 * @param arguments its parameters
	 * @return the number
	 * @throws SQLException on a failed query
	 */
	public long count(String sql, Object... arguments) throws SQLException {
		return Long.parseLong(lines(sql, arguments).get(0));
	}

	/**
	 * @param sql a query
	 * @param arguments its parameters
	 * @return each row's columns as text joined by {@code |}, {@code null} written as
	 * {@code null}
	 * @throws SQLException on a failed query
	 */
	public List<String> lines(String sql, Object... arguments) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			for (int i = 0; i < arguments.length; i++) {
				statement.setObject(i + 1, arguments[i]);
			}
			List<String> lines = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery()) {
				int columns = rows.getMetaData().getColumnCount();
				while (rows.next()) {
					StringBuilder line = new StringBuilder();
					for (int column = 1; column <= columns; column++) {
						line.append((column > 1) ? "|" : "").append(rows.getString(column));
					}
					lines.add(line.toString());
				}
			}
			return lines;
		}
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
	}

}
