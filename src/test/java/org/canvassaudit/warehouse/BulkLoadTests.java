package org.canvassaudit.warehouse;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link BulkLoad} on a real warehouse file, with the direct part cut to three rows so
 * that every load of more rows goes through the in-memory twin.
 */
class BulkLoadTests {

	@TempDir
	Path folder;

	private Warehouse warehouse;

	@BeforeEach
	void open() {
		this.warehouse = Warehouse.open(this.folder.resolve("bulk.duckdb"),
				new WarehouseProperties(null, null, null, null));
		this.warehouse.jdbc()
			.execute("CREATE TABLE loaded (file_seq INTEGER NOT NULL, row_no INTEGER NOT NULL, name VARCHAR)");
	}

	@AfterEach
	void close() {
		this.warehouse.close();
	}

	@Test
	void putsTheDirectRowsAndTheTwinsRowsInTheTableWithTheirFile() {
		load(7, 5);
		load(8, 2);
		assertThat(rows()).containsExactly(row(7, 1, "name 1"), row(7, 2, "name 2"), row(7, 3, "name 3"),
				row(7, 4, "name 4"), row(7, 5, "name 5"), row(8, 1, "name 1"), row(8, 2, "name 2"));
		assertThat(twinTables()).isZero();
	}

	@Test
	void aLoadRolledBackLeavesNothingInTheTableOrTheTwin() {
		assertThatIllegalStateException().isThrownBy(() -> this.warehouse.inTransaction(() -> {
			try (BulkLoad load = new BulkLoad(this.warehouse, "loaded", 7, 3)) {
				append(load, 6);
				load.finish();
				throw new IllegalStateException("the file was quarantined");
			}
		})).withMessage("the file was quarantined");
		assertThat(rows()).isEmpty();
		assertThat(twinTables()).isZero();
		load(8, 4);
		assertThat(rows()).extracting((row) -> row.get("file_seq")).containsOnly(8).hasSize(4);
	}

	private void load(int fileSeq, int count) {
		this.warehouse.inTransaction(() -> {
			try (BulkLoad load = new BulkLoad(this.warehouse, "loaded", fileSeq, 3)) {
				append(load, count);
				load.finish();
			}
			return null;
		});
	}

	private static void append(BulkLoad load, int count) throws SQLException {
		for (int row = 1; row <= count; row++) {
			load.beginRow().append(row).append("name " + row).endRow();
		}
	}

	private int twinTables() {
		return this.warehouse.jdbc()
			.queryForObject("SELECT count(*) FROM duckdb_tables() WHERE database_name = 'bulk_bulk'", Integer.class);
	}

	private List<Map<String, Object>> rows() {
		return this.warehouse.jdbc()
			.queryForList("SELECT file_seq, row_no, name FROM loaded ORDER BY file_seq, row_no");
	}

	private static Map<String, Object> row(int fileSeq, int rowNo, String name) {
		return Map.of("file_seq", fileSeq, "row_no", rowNo, "name", name);
	}

}
