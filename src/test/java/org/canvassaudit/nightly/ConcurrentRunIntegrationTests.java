package org.canvassaudit.nightly;

import java.io.IOException;
import java.nio.file.Path;

import org.canvassaudit.nightly.ApplicationProcess.Finished;
import org.canvassaudit.sample.GeneratorSettings;
import org.canvassaudit.sample.InboxGenerator;
import org.canvassaudit.support.WarehouseProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two {@code run} processes on one warehouse, as when cron and an operator start a night
 * together: the first holds {@code <warehouse>.lock} for the whole night; the second
 * exits at once with code 4 and "warehouse busy", writing nothing; the first night ends
 * as it would alone, with an intact audit chain. And a lock whose holder was killed does
 * not stop the next night.
 */
class ConcurrentRunIntegrationTests {

	private static final String AS_OF = "2024-06-17";

	@TempDir
	Path temp;

	// Pins the run lock: while one night is inside its contact load, a second run on the
	// same warehouse exits 4 with "warehouse busy" and publishes nothing into its own
	// --out; the first finishes with 3 (the generator's faults), one run recorded, every
	// row accounted for, and audit verify passes.
	@Test
	void aSecondRunOnTheSameWarehouseExitsBusyAndTheFirstFinishes() throws Exception {
		Path inbox = inbox();
		Path warehouse = this.temp.resolve("warehouse.duckdb");
		ApplicationProcess first = ApplicationProcess.run(inbox, AS_OF, this.temp.resolve("out-1"), warehouse);
		first.awaitErrLine("the first night's contact load",
				(line) -> line.endsWith(KillPoint.CONTACT_LOAD.startedLine()));

		Finished second = ApplicationProcess.run(inbox, AS_OF, this.temp.resolve("out-2"), warehouse).finish();

		assertThat(second.exitCode()).as(second.errText()).isEqualTo(4);
		assertThat(second.errText())
			.contains("warehouse busy, try again: " + warehouse + " is held by another canvass-audit process");
		assertThat(OutputFolders.entries(this.temp.resolve("out-2"))).isEmpty();
		assertThat(first.isAlive()).as("the first night is still running").isTrue();
		Finished night = first.finish();
		assertThat(night.exitCode()).as(night.errText()).isEqualTo(3);
		RunSummary.read(this.temp.resolve("out-1"), AS_OF).assertEveryRowAccountedFor();
		try (WarehouseProbe probe = WarehouseProbe.open(warehouse)) {
			assertThat(probe.lines("SELECT run_id || ' ' || status FROM run")).containsExactly("1 COMPLETED");
		}
		ApplicationProcess.assertAuditChainHolds(warehouse);
	}

	// Pins the lock's release by the kernel: a night killed with SIGKILL while holding
	// the lock leaves <warehouse>.lock behind, and the next run takes it and completes.
	@Test
	void aLockLeftByAKilledNightDoesNotBlockTheNext() throws Exception {
		Path inbox = inbox();
		Path warehouse = this.temp.resolve("warehouse.duckdb");
		ApplicationProcess killed = ApplicationProcess.run(inbox, AS_OF, this.temp.resolve("out"), warehouse);
		killed.awaitErrLine("the contact load", (line) -> line.endsWith(KillPoint.CONTACT_LOAD.startedLine()));
		killed.kill();
		assertThat(Path.of(warehouse + ".lock")).exists();

		Finished next = ApplicationProcess.run(inbox, AS_OF, this.temp.resolve("out"), warehouse).finish();

		assertThat(next.exitCode()).as(next.errText()).isEqualTo(3);
		assertThat(next.errText()).doesNotContain("warehouse busy");
		RunSummary.read(this.temp.resolve("out"), AS_OF).assertEveryRowAccountedFor();
		ApplicationProcess.assertAuditChainHolds(warehouse);
	}

	private Path inbox() throws IOException {
		Path inbox = this.temp.resolve("inbox");
		InboxGenerator.generate(inbox, GeneratorSettings.of(20240603L, 60, 2, 600, 4, true));
		return inbox;
	}

}
