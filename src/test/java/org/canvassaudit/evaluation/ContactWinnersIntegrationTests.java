package org.canvassaudit.evaluation;

import java.nio.file.Path;
import java.util.List;

import org.canvassaudit.support.CliResult;
import org.canvassaudit.support.CliTestSupport;
import org.canvassaudit.support.SmallCampaign;
import org.canvassaudit.support.TestInbox;
import org.canvassaudit.support.WarehouseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code contact_winner}, kept up to date night by night for the contacts each night's
 * files bring, holds exactly what working the winners out again from every row would: the
 * row from the file whose name sorts last, whenever that file arrives.
 */
class ContactWinnersIntegrationTests extends CliTestSupport {

	private static final String FROM_SCRATCH = """
			SELECT c.contact_id, c.file_seq, c.row_no, c.seat_code, c.local_date, c.counted
			FROM contact_row c JOIN source_file f USING (file_seq)
			QUALIFY row_number() OVER (PARTITION BY c.contact_id ORDER BY f.name DESC, c.file_seq DESC, c.row_no DESC) = 1
			""";

	@TempDir
	Path temp;

	// Night 1: K0-K3 in E2 on 4 June (3 counted), a breach of 2024-W23. Night 2 brings
	// K0 again in an export whose name sorts earlier (it loses) and K1 again in one that
	// sorts later (it wins, moving K1 to E1): C1 is left with 2 own-seat contacts, the
	// rule no longer applies, and the breach is superseded. The kept table matches the
	// winners worked out from scratch after each night, and both nights replay.
	@Test
	void keepsTheWinnersOfEachNightAsIfWorkedOutFromEveryRow() {
		TestInbox inbox = SmallCampaign.inBreach(this.temp.resolve("inbox"));
		Path warehouse = this.temp.resolve("warehouse.duckdb");

		night(inbox, "2024-06-10", warehouse);
		assertThat(decisionW23(warehouse, "2024-06-10")).isEqualTo("C1,2024-W23,twinned_sessions,1,BREACH,3,1,2");
		assertKeptAsFromScratch(warehouse);

		inbox.contacts("cc-2024-06-03.csv", "K0,VK0,E1,M1,2024-06-04T11:00,door,L")
			.contacts("cc-2024-06-09.csv", "K1,VK1,E1,M1,2024-06-04T11:05,door,L");
		night(inbox, "2024-06-11", warehouse);

		assertThat(decisionW23(warehouse, "2024-06-11"))
			.isEqualTo("C1,2024-W23,twinned_sessions,1,NOT_APPLICABLE,2,1,2");
		assertThat(WarehouseFiles.query(warehouse, """
				SELECT w.contact_id, f.name, w.row_no, w.seat_code, w.counted
				FROM contact_winner w JOIN source_file f USING (file_seq) ORDER BY 1""")).containsExactly(
				"K0|cc-2024-06-04.csv|2|E2|true", "K1|cc-2024-06-09.csv|2|E1|true", "K2|cc-2024-06-04.csv|4|E2|true",
				"K3|cc-2024-06-04.csv|5|E2|false");
		assertKeptAsFromScratch(warehouse);
		for (String night : List.of("2024-06-10", "2024-06-11")) {
			CliResult replay = cli("replay", "--night", night, "--warehouse", warehouse.toString());
			assertThat(replay.exitCode()).as(replay.out() + replay.err()).isZero();
		}
	}

	private void night(TestInbox inbox, String asOf, Path warehouse) {
		CliResult night = cli("run", "--inbox", inbox.path().toString(), "--as-of", asOf, "--out",
				this.temp.resolve("out-" + asOf).toString(), "--warehouse", warehouse.toString());
		assertThat(night.exitCode()).as(night.err()).isZero();
	}

	private String decisionW23(Path warehouse, String asOf) {
		return TestInbox.lines(this.temp.resolve("out-" + asOf + "/decisions-" + asOf + ".csv"))
			.stream()
			.filter((line) -> line.startsWith("C1,2024-W23,"))
			.map((line) -> line.substring(0, line.lastIndexOf(',')))
			.findFirst()
			.orElseThrow();
	}

	private static void assertKeptAsFromScratch(Path warehouse) {
		assertThat(
				WarehouseFiles.query(warehouse,
						"SELECT count(*) FROM ((SELECT * FROM contact_winner EXCEPT ALL (" + FROM_SCRATCH
								+ ")) UNION ALL (" + FROM_SCRATCH + " EXCEPT ALL SELECT * FROM contact_winner))"))
			.containsExactly("0");
		assertThat(WarehouseFiles.query(warehouse,
				"SELECT (SELECT up_to_file_seq FROM contact_winner_state) = (SELECT max(file_seq) FROM source_file)"))
			.containsExactly("true");
	}

}
