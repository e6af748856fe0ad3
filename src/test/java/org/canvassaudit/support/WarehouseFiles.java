package org.canvassaudit.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct JDBC access to a warehouse file in tests, as an intruder or an auditor would
 * have it: no application code in between.
 */
public final class WarehouseFiles {

	private WarehouseFiles() {
	}

	/**
	 * @param file the DuckDB file
	 * @param sql statements to run, in order
	 */
	public static void execute(Path file, String... sql) {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
				Statement statement = connection.createStatement()) {
			for (String each : sql) {
				statement.execute(each);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @param file the DuckDB file
	 * @param sql a query
	 * @return its rows, each column as text joined with {@code |}
	 */
	public static List<String> query(Path file, String sql) {
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
				Statement statement = connection.createStatement();
				var result = statement.executeQuery(sql)) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= columns; i++) {
					row.append((i > 1) ? "|" : "").append(result.getString(i));
				}
				rows.add(row.toString());
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return rows;
	}

}
