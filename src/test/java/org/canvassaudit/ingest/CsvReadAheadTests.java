package org.canvassaudit.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.canvassaudit.warehouse.Warehouse;
import org.canvassaudit.warehouse.WarehouseProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSV file's load reads ahead for real: the rows it loads in the transaction are those
 * read before it, on another thread, even if the file changes in between; without a
 * reading ahead, the load reads the file as it is.
 */
class CsvReadAheadTests {

	private static final String HEADER = "name,start_date,end_date\n";

	@TempDir
	Path folder;

	private Warehouse warehouse;

	private IngestContext context;

	private final InputLoader loader = new ReferenceLoaders().recessLoader();

	@BeforeEach
	void open() {
		this.warehouse = Warehouse.open(this.folder.resolve("w.duckdb"),
				new WarehouseProperties(null, null, null, null));
		this.context = new IngestContext(this.warehouse, 1,
				Pseudonymiser.resolve("read-ahead-test-key", null, this.warehouse.file()));
	}

	@AfterEach
	void close() {
		this.warehouse.close();
	}

	@Test
	void theRowsLoadedAreThoseReadAhead() throws Exception {
		InboxEntry entry = recess("summer,2024-07-20,2024-07-28\n");
		try (FileLoad load = this.loader.open(entry, this.context)) {
			Thread reader = new Thread(load::readAhead);
			reader.start();
			reader.join();
			Files.writeString(entry.file(), HEADER + "winter,2024-12-20,2024-12-28\n");
			assertThat(load(entry, load, 1)).isEqualTo(new RowCounts(1, 1, 0, 0, 0));
		}
		assertThat(names()).containsExactly("summer");
	}

	@Test
	void withoutReadingAheadTheLoadReadsTheFileAsItIs() throws Exception {
		InboxEntry entry = recess("summer,2024-07-20,2024-07-28\n");
		try (FileLoad load = this.loader.open(entry, this.context)) {
			Files.writeString(entry.file(), HEADER + ",,\nwinter,2024-12-20,2024-12-28\n");
			assertThat(load(entry, load, 1)).isEqualTo(new RowCounts(2, 1, 0, 1, 0));
		}
		assertThat(names()).containsExactly("winter");
	}

	private RowCounts load(InboxEntry entry, FileLoad load, int fileSeq) {
		return this.warehouse.inTransaction(() -> {
			try (Rejects rejects = new Rejects(this.warehouse, fileSeq)) {
				RowCounts counts = load.load(new LoadTarget(entry, fileSeq, "sha", rejects, this.context));
				rejects.flush();
				return counts;
			}
		});
	}

	private java.util.List<String> names() {
		return this.warehouse.jdbc().queryForList("SELECT name FROM recess_row", String.class);
	}

	private InboxEntry recess(String rows) throws IOException {
		Path file = this.folder.resolve("recess.csv");
		Files.writeString(file, HEADER + rows);
		return new InboxEntry("reference/recess.csv", file, InputKind.RECESS, null);
	}

}
