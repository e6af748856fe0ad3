package org.canvassaudit.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

import com.jayway.jsonpath.JsonPath;

/**
 * What one corpus night left behind, read back without the application: the run summary,
 * the output CSVs (by a small RFC 4180 parser of its own) and the warehouse (plain JDBC,
 * read-only).
 *
 * @param out the output folder
 * @param asOf the night
 * @param exitCode the exit code the run summary records
 * @param files the run summary's file entries, in the order written
 */
record CorpusNight(Path out, String asOf, int exitCode, List<SummaryFile> files) {

	static CorpusNight read(Path out, String asOf) throws IOException {
		String json = Files.readString(out.resolve("run-summary-" + asOf + ".json"), StandardCharsets.UTF_8);
		List<Map<String, Object>> files = JsonPath.read(json, "$.files");
		return new CorpusNight(out, JsonPath.read(json, "$.as_of"), JsonPath.<Integer>read(json, "$.exit_code"),
				files.stream().map(SummaryFile::of).toList());
	}

	List<String> paths() {
		return this.files.stream().map(SummaryFile::path).toList();
	}

	/**
	 * @param name an output file name, such as {@code rejects-<as-of>.csv}
	 * @return its records, header included
	 * @throws IOException when it cannot be read
	 */
	List<List<String>> csv(String name) throws IOException {
		return parse(Files.readString(this.out.resolve(name), StandardCharsets.UTF_8));
	}

	/**
	 * @param text CSV text with {@code \n} line ends
	 * @return its records
	 */
	static List<List<String>> parse(String text) {
		if (text.indexOf('\r') >= 0 || !text.endsWith("\n")) {
			throw new AssertionError("output CSVs end their lines with \\n only");
		}
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
				field.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && c == ',') {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (!quoted && c == '\n') {
				record.add(field.toString());
				field.setLength(0);
				records.add(List.copyOf(record));
				record.clear();
			}
			else {
				field.append(c);
			}
		}
		return records;
	}

	/**
	 * One file's entry in the run summary.
	 *
	 * @param path relative to the inbox
	 * @param sha256 the SHA-256 of its bytes, {@code null} when ignored
	 * @param status ingested, skipped, quarantined or ignored
	 * @param reason why it was quarantined or ignored
	 * @param counts rows_read, loaded, rejected, blank, duplicates
	 */
	record SummaryFile(String path, String sha256, String status, String reason, List<Integer> counts) {

		static SummaryFile of(Map<String, Object> json) {
			List<Integer> counts = new ArrayList<>();
			for (String key : List.of("rows_read", "loaded", "rejected", "blank", "duplicates")) {
				if (!(json.get(key) instanceof Integer count)) {
					throw new AssertionError(key + " of " + json.get("path") + " is not an integer");
				}
				counts.add(count);
			}
			return new SummaryFile((String) json.get("path"), (String) json.get("sha256"), (String) json.get("status"),
					(String) json.get("reason"), List.copyOf(counts));
		}

	}

	/**
	 * A read-only JDBC connection to a warehouse file once the run has released it.
	 */
	static final class Warehouse implements AutoCloseable {

		private final Connection connection;

		Warehouse(Path file) throws SQLException {
			Properties options = new Properties();
			options.setProperty("duckdb.read_only", "true");
			this.connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), options);
		}

		/**
		 * @param sql a query
		 * @param arguments its parameters
		 * @return each row's columns as text joined by {@code |}, {@code null} as
		 * {@code null}
		 * @throws SQLException on a failed query
		 */
		List<String> lines(String sql, Object... arguments) throws SQLException {
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

		long count(String sql, Object... arguments) throws SQLException {
			return Long.parseLong(lines(sql, arguments).get(0));
		}

		@Override
		public void close() throws SQLException {
			this.connection.close();
		}

	}

}
