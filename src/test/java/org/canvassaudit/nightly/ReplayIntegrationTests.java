package org.canvassaudit.nightly;

import java.nio.file.Path;
import java.time.LocalDate;

import org.canvassaudit.support.CliResult;
import org.canvassaudit.support.CliTestSupport;
import org.canvassaudit.support.SmallCampaign;
import org.canvassaudit.support.TestInbox;
import org.canvassaudit.support.WarehouseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §5 {@code replay --night}: a night's decisions are re-derived from what was known
 * that night, even after later nights brought new evidence, and match what it recorded.
 */
class ReplayIntegrationTests extends CliTestSupport {

	@TempDir
	Path temp;

	// Three nights, each bringing evidence that changes earlier weeks' figures; after the
	// third,
	// nights 1 and 2 replay exactly.
	@Test
	void replaysEarlierNightsExactlyAfterLaterNightsChangedTheEvidence() {
		TestInbox inbox = SmallCampaign.inBreach(this.temp.resolve("inbox"));
		Path warehouse = this.temp.resolve("warehouse.duckdb");
		night(inbox, warehouse, "2024-06-10");
		inbox.sheet("E1-sign-in.xlsx", new String[] { "2024-06-06", "PM", "E1", "Ann Smith", null });
		inbox.contactsOn("cc-2024-06-11.csv", "M", "E2", LocalDate.of(2024, 6, 11), 4, 0);
		night(inbox, warehouse, "2024-06-12");
		inbox.organise("organise-2024-06-13.csv", "S9,E1,2024-06-13T18:30,C1");
		inbox.contactsOn("cc-2024-06-05.csv", "N", "E2", LocalDate.of(2024, 6, 5), 1, 0);
		night(inbox, warehouse, "2024-06-17");

		CliResult replay1 = cli("replay", "--night", "2024-06-10", "--warehouse", warehouse.toString());
		assertThat(replay1.exitCode()).as(replay1.out()).isZero();
		assertThat(replay1.out().strip())
			.isEqualTo("night 2024-06-10 (run 1): 2 decisions re-derived; all match what was recorded");
		CliResult replay2 = cli("replay", "--night", "2024-06-12", "--warehouse", warehouse.toString());
		assertThat(replay2.exitCode()).as(replay2.out()).isZero();
		assertThat(replay2.out().strip())
			.isEqualTo("night 2024-06-12 (run 2): 2 decisions re-derived; all match what was recorded");
		assertThat(TestInbox.lines(this.temp.resolve("out-2024-06-17/decisions-2024-06-17.csv")).subList(1, 4))
			.extracting((line) -> line.substring(0, line.lastIndexOf(',')))
			.containsExactly("C1,2024-W23,twinned_sessions,1,COMPLIANT,4,2,2",
					"C1,2024-W24,twinned_sessions,1,BREACH,4,1,2", "C1,2024-W25,twinned_sessions,1,PENDING,0,0,2");
	}

	// A recorded decision whose status was edited in the warehouse, its id left alone, no
	// longer matches what the night derives: replay names it and exits 1.
	@Test
	void findsARecordedDecisionEditedSince() {
		TestInbox inbox = SmallCampaign.inBreach(this.temp.resolve("inbox"));
		Path warehouse = this.temp.resolve("warehouse.duckdb");
		night(inbox, warehouse, "2024-06-10");
		String line = TestInbox.lines(this.temp.resolve("out-2024-06-10/decisions-2024-06-10.csv")).get(1);
		String id = TestInbox.decisionId(line);
		WarehouseFiles.execute(warehouse, "UPDATE decision SET status = 'COMPLIANT' WHERE decision_id = '" + id + "'");
		CliResult replay = cli("replay", "--night", "2024-06-10", "--warehouse", warehouse.toString());
		assertThat(replay.exitCode()).isEqualTo(1);
		assertThat(replay.out()).contains("C1 2024-W23 twinned_sessions: recorded " + id + " (its row now reads as ")
			.contains("), re-derived " + id)
			.contains("night 2024-06-10 (run 1): 2 decisions re-derived; 1 do not match");
	}

	// A run before the latest night run would make the weeks that night finished pending
	// again: it is refused, exit 2, pointing at replay, and records nothing. The same
	// night
	// again, or a later one, still runs.
	@Test
	void refusesToRunANightBeforeTheLatest() {
		TestInbox inbox = SmallCampaign.inBreach(this.temp.resolve("inbox"));
		Path warehouse = this.temp.resolve("warehouse.duckdb");
		night(inbox, warehouse, "2024-06-12");
		CliResult past = cli("run", "--inbox", inbox.path().toString(), "--as-of", "2024-06-10", "--out",
				this.temp.resolve("out-2024-06-10").toString(), "--warehouse", warehouse.toString());
		assertThat(past.exitCode()).isEqualTo(2);
		assertThat(past.err().strip()).isEqualTo("error: --as-of 2024-06-10 is before the night of 2024-06-12 already"
				+ " run: nights are run forwards; replay --night 2024-06-10 re-derives a past night");
		assertThat(WarehouseFiles.query(warehouse, "SELECT count(*) FROM run")).containsExactly("1");
		assertThat(this.temp.resolve("out-2024-06-10/decisions-2024-06-10.csv")).doesNotExist();
		night(inbox, warehouse, "2024-06-12");
		night(inbox, warehouse, "2024-06-13");
	}

	// A night that never completed cannot be replayed: bad usage, exit 2.
	@Test
	void refusesANightThatWasNeverRun() {
		TestInbox inbox = SmallCampaign.inBreach(this.temp.resolve("inbox"));
		Path warehouse = this.temp.resolve("warehouse.duckdb");
		night(inbox, warehouse, "2024-06-10");
		CliResult replay = cli("replay", "--night", "2024-06-11", "--warehouse", warehouse.toString());
		assertThat(replay.exitCode()).isEqualTo(2);
		assertThat(replay.err()).contains("no completed night with as-of date 2024-06-11");
	}

	private void night(TestInbox inbox, Path warehouse, String asOf) {
		CliResult run = cli("run", "--inbox", inbox.path().toString(), "--as-of", asOf, "--out",
				this.temp.resolve("out-" + asOf).toString(), "--warehouse", warehouse.toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
	}

}
