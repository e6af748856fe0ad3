package org.canvassaudit.nightly;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.canvassaudit.ingest.FileOutcome;
import org.canvassaudit.ingest.InboxIngest;
import org.canvassaudit.ingest.InputKind;
import org.canvassaudit.ingest.NightIngest;
import org.canvassaudit.ingest.Pseudonymiser;
import org.canvassaudit.warehouse.Warehouse;
import org.canvassaudit.warehouse.WarehouseProperties;

import org.springframework.stereotype.Component;

/**
 * Measures the contact-export load against its floor, side by side on the same files:
 * DuckDB's own {@code read_csv} into a table of a fresh database, then our load (parse,
 * validate, pseudonymise, append, account for duplicates, seal) into a fresh warehouse.
 */
@Component
public class IngestBenchmark {

	private final InboxIngest ingest;

	private final WarehouseProperties properties;

	IngestBenchmark(InboxIngest ingest, WarehouseProperties properties) {
		this.ingest = ingest;
		this.properties = properties;
	}

	/**
	 * @param inbox an inbox whose contact exports all load (a generated one without
	 * faults)
	 * @param work an empty folder for the two databases
	 * @return the figures
	 */
	public Result measure(Path inbox, Path work) {
		double floor = readCsvSeconds(inbox, work.resolve("floor.duckdb"));
		try (Warehouse warehouse = Warehouse.open(work.resolve("warehouse.duckdb"), this.properties)) {
			int runId = new Runs(warehouse).startOrResume(LocalDate.now());
			NightIngest night = this.ingest.startNight(warehouse, runId, inbox,
					Pseudonymiser.resolve("benchmark-key-0123456789", null, warehouse.file()));
			for (InputKind kind : List.of(InputKind.SEATS, InputKind.CANDIDATES, InputKind.TWINNING, InputKind.RECESS,
					InputKind.RULEBOOK)) {
				night.ingest(kind);
			}
			long start = System.nanoTime();
			List<FileOutcome> contacts = night.ingest(InputKind.CONTACTS);
			double ours = (System.nanoTime() - start) / 1e9;
			long rows = contacts.stream().mapToLong((file) -> file.counts().rowsRead()).sum();
			return new Result(contacts.size(), rows, floor, ours);
		}
	}

	private double readCsvSeconds(Path inbox, Path database) {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
				Statement statement = connection.createStatement()) {
			statement.execute("SET threads = " + this.properties.threads());
			statement.execute("SET memory_limit = '" + this.properties.memoryLimit() + "'");
			statement.execute("SET preserve_insertion_order = false");
			long start = System.nanoTime();
			statement.execute("CREATE TABLE contacts AS SELECT * FROM read_csv('"
					+ inbox.resolve("contact-creator").toAbsolutePath() + "/*.csv', all_varchar = true)");
			return (System.nanoTime() - start) / 1e9;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("read_csv failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The figures.
	 *
	 * @param files contact exports
	 * @param rows rows read
	 * @param readCsvSeconds DuckDB's {@code read_csv} into a table
	 * @param ingestSeconds our load of the same files
	 */
	public record Result(int files, long rows, double readCsvSeconds, double ingestSeconds) {

		public double ratio() {
			return this.ingestSeconds / this.readCsvSeconds;
		}

	}

}
