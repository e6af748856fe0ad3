package org.canvassaudit.warehouse;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link Warehouse#inTransaction} on a real warehouse file: work that returns is
 * committed; work that throws, an exception or an error, leaves nothing and comes out as
 * itself.
 */
class WarehouseTests {

	@TempDir
	Path folder;

	private Warehouse warehouse;

	@BeforeEach
	void open() {
		this.warehouse = Warehouse.open(this.folder.resolve("w.duckdb"),
				new WarehouseProperties(null, null, null, null));
		this.warehouse.jdbc().execute("CREATE TABLE t (x INTEGER)");
	}

	@AfterEach
	void close() {
		this.warehouse.close();
	}

	@Test
	void workThatReturnsIsCommitted() {
		assertThat(this.warehouse.inTransaction(() -> this.warehouse.jdbc().update("INSERT INTO t VALUES (1), (2)")))
			.isEqualTo(2);
		assertThat(count()).isEqualTo(2);
	}

	@Test
	void workThatThrowsLeavesNothing() {
		assertThatIllegalStateException().isThrownBy(() -> this.warehouse.inTransaction(() -> {
			this.warehouse.jdbc().update("INSERT INTO t VALUES (1)");
			throw new IllegalStateException("quarantined");
		})).withMessage("quarantined");
		assertThat(count()).isZero();
		assertThatExceptionOfType(StackOverflowError.class).isThrownBy(() -> this.warehouse.inTransaction(() -> {
			this.warehouse.jdbc().update("INSERT INTO t VALUES (1)");
			throw new StackOverflowError("deep");
		})).withMessage("deep");
		assertThat(count()).as("rows of work that threw an error").isZero();
		this.warehouse.inTransaction(() -> this.warehouse.jdbc().update("INSERT INTO t VALUES (3)"));
		assertThat(count()).isEqualTo(1);
	}

	private int count() {
		return this.warehouse.jdbc().queryForObject("SELECT count(*) FROM t", Integer.class);
	}

}
