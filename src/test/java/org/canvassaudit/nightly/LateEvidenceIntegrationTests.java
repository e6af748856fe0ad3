package org.canvassaudit.nightly;

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
 * SPEC §3 "Late evidence": a night that changes the status of a week an earlier night
 * recorded as finished supersedes the earlier decision (kept, never edited) and moves
 * access from the as-of date, with the reason {@code late evidence}.
 */
class LateEvidenceIntegrationTests extends CliTestSupport {

	@TempDir
	Path temp;

	// Night 1 breaches C1 for 2024-W23; night 2 brings a sign-in sheet with the missing
	// session,
	// which makes the week compliant: the breach is superseded and the tools come back
	// from night
	// 2's as-of date, not from the Monday after the week.
	@Test
	void restoresAccessFromTheNightALateSheetMakesABreachedWeekCompliant() {
		TestInbox inbox = SmallCampaign.inBreach(this.temp.resolve("inbox"));
		Path warehouse = this.temp.resolve("warehouse.duckdb");
		CliResult night1 = cli("run", "--inbox", inbox.path().toString(), "--as-of", "2024-06-10", "--out",
				this.temp.resolve("out1").toString(), "--warehouse", warehouse.toString());
		assertThat(night1.exitCode()).as(night1.err()).isZero();
		List<String> decisions1 = TestInbox.lines(this.temp.resolve("out1/decisions-2024-06-10.csv"));
		String breachId = TestInbox.decisionId(decisions1.get(1));
		assertThat(decisions1).containsExactly(
				"candidate_id,week,rule,rulebook_version,status,own_seat_contacts,twinned_sessions,required_sessions,decision_id",
				"C1,2024-W23,twinned_sessions,1,BREACH,3,1,2," + breachId, decisions1.get(2));
		assertThat(decisions1.get(2)).startsWith("C1,2024-W24,twinned_sessions,1,PENDING,0,0,2,");
		assertThat(TestInbox.lines(this.temp.resolve("out1/access-changes-2024-06-10.csv"))).containsExactly(
				"candidate_id,tool,from_state,to_state,effective,reason,decision_id",
				"C1,contact_creator,GRANTED,REVOKED,2024-06-10,breach 2024-W23," + breachId,
				"C1,leaflet_printing,GRANTED,REVOKED,2024-06-10,breach 2024-W23," + breachId,
				"C1,organise,GRANTED,REVOKED,2024-06-10,breach 2024-W23," + breachId);

		inbox.sheet("E1-sign-in.xlsx", new String[] { "2024-06-06", "PM", "E1", "Ann Smith", null });
		CliResult night2 = cli("run", "--inbox", inbox.path().toString(), "--as-of", "2024-06-12", "--out",
				this.temp.resolve("out2").toString(), "--warehouse", warehouse.toString());
		assertThat(night2.exitCode()).as(night2.err()).isZero();

		List<String> decisions2 = TestInbox.lines(this.temp.resolve("out2/decisions-2024-06-12.csv"));
		String compliantId = TestInbox.decisionId(decisions2.get(1));
		assertThat(compliantId).isNotEqualTo(breachId).matches("[0-9a-f]{16}");
		assertThat(decisions2.get(1)).isEqualTo("C1,2024-W23,twinned_sessions,1,COMPLIANT,3,2,2," + compliantId);
		assertThat(TestInbox.lines(this.temp.resolve("out2/access-changes-2024-06-12.csv"))).containsExactly(
				"candidate_id,tool,from_state,to_state,effective,reason,decision_id",
				"C1,contact_creator,REVOKED,GRANTED,2024-06-12,late evidence," + compliantId,
				"C1,leaflet_printing,REVOKED,GRANTED,2024-06-12,late evidence," + compliantId,
				"C1,organise,REVOKED,GRANTED,2024-06-12,late evidence," + compliantId);
		assertThat(TestInbox.lines(this.temp.resolve("out2/access-2024-06-12.csv"))).containsExactly(
				"candidate_id,tool,state,since,reason,decision_id",
				"C1,contact_creator,GRANTED,2024-06-12,late evidence," + compliantId,
				"C1,leaflet_printing,GRANTED,2024-06-12,late evidence," + compliantId,
				"C1,organise,GRANTED,2024-06-12,late evidence," + compliantId);

		// The breach is kept as it was; the compliant decision points back to it.
		assertThat(WarehouseFiles.query(warehouse, """
				SELECT decision_seq, decision_id, status, twinned_sessions, supersedes, run_id FROM decision
				WHERE period = '2024-W23' ORDER BY decision_seq"""))
			.containsExactly("1|" + breachId + "|BREACH|1|null|1", "3|" + compliantId + "|COMPLIANT|2|1|2");
		assertThat(WarehouseFiles.query(warehouse,
				"SELECT count(*) FROM audit_event WHERE event_type = 'supersede' AND subject = 'C1 2024-W23 twinned_sessions'"))
			.containsExactly("1");
		CliResult verify = cli("audit", "verify", "--warehouse", warehouse.toString());
		assertThat(verify.exitCode()).isZero();
	}

	// SPEC §3: "A change of figures that leaves the status unchanged supersedes the
	// decision and
	// changes no access."
	@Test
	void changesNoAccessWhenLateEvidenceLeavesTheStatusAsItWas() {
		TestInbox inbox = SmallCampaign.inBreach(this.temp.resolve("inbox"));
		Path warehouse = this.temp.resolve("warehouse.duckdb");
		cli("run", "--inbox", inbox.path().toString(), "--as-of", "2024-06-10", "--out",
				this.temp.resolve("out1").toString(), "--warehouse", warehouse.toString());
		inbox.contactsOn("cc-2024-06-05.csv", "L", "E2", java.time.LocalDate.of(2024, 6, 5), 2, 0);
		CliResult night2 = cli("run", "--inbox", inbox.path().toString(), "--as-of", "2024-06-12", "--out",
				this.temp.resolve("out2").toString(), "--warehouse", warehouse.toString());
		assertThat(night2.exitCode()).isZero();
		assertThat(TestInbox.lines(this.temp.resolve("out2/decisions-2024-06-12.csv")).get(1))
			.startsWith("C1,2024-W23,twinned_sessions,1,BREACH,5,1,2,");
		assertThat(TestInbox.lines(this.temp.resolve("out2/access-changes-2024-06-12.csv")))
			.containsExactly("candidate_id,tool,from_state,to_state,effective,reason,decision_id");
		assertThat(TestInbox.lines(this.temp.resolve("out2/access-2024-06-12.csv")).get(1))
			.startsWith("C1,contact_creator,REVOKED,2024-06-10,breach 2024-W23,");
		assertThat(WarehouseFiles.query(warehouse,
				"SELECT status, own_seat_contacts, supersedes FROM decision WHERE period = '2024-W23' ORDER BY decision_seq"))
			.containsExactly("BREACH|3|null", "BREACH|5|1");
	}

}
