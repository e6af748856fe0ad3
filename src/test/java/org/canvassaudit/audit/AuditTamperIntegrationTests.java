package org.canvassaudit.audit;

import java.nio.file.Path;

import org.canvassaudit.support.CliResult;
import org.canvassaudit.support.CliTestSupport;
import org.canvassaudit.support.SmallCampaign;
import org.canvassaudit.support.WarehouseFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §4: any edit, deletion or reordering of an audit event, or of a row the chain
 * seals, is caught by {@code audit verify}, which names the first bad event. Each test
 * tampers with a real DuckDB file directly, the way an intruder with the file would.
 */
class AuditTamperIntegrationTests extends CliTestSupport {

	@TempDir
	Path temp;

	private Path warehouse;

	private long events;

	@BeforeEach
	void runANight() {
		this.warehouse = this.temp.resolve("warehouse.duckdb");
		CliResult night = cli("run", "--inbox", SmallCampaign.inBreach(this.temp.resolve("inbox")).path().toString(),
				"--as-of", "2024-06-10", "--out", this.temp.resolve("out").toString(), "--warehouse",
				this.warehouse.toString());
		assertThat(night.exitCode()).as(night.err()).isZero();
		this.events = Long.parseLong(WarehouseFiles.query(this.warehouse, "SELECT count(*) FROM audit_event").get(0));
	}

	// An untouched night verifies, and the verdict gives the number of events and the
	// head.
	@Test
	void acceptsAnIntactTrail() {
		String head = WarehouseFiles.query(this.warehouse, "SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1")
			.get(0);
		CliResult verify = verify();
		assertThat(verify.exitCode()).isZero();
		assertThat(verify.out().strip()).isEqualTo("audit trail intact: " + this.events + " events, head " + head);
	}

	// Editing an event's content breaks its own hash: that event is named.
	@Test
	void namesAnEditedEvent() {
		long seq = seqOf("decision");
		WarehouseFiles.execute(this.warehouse,
				"UPDATE audit_event SET payload = replace(payload, 'BREACH', 'COMPLIANT') WHERE seq = " + seq);
		assertBrokenAt(seq, "its content no longer matches its hash");
	}

	// Deleting an event leaves a gap in the sequence at that event.
	@Test
	void namesADeletedEvent() {
		long seq = seqOf("decision");
		WarehouseFiles.execute(this.warehouse, "DELETE FROM audit_event WHERE seq = " + seq);
		assertBrokenAt(seq, "missing");
	}

	// Swapping two events' places breaks the first one moved.
	@Test
	void namesReorderedEvents() {
		long first = seqOf("ingest");
		long second = first + 1;
		WarehouseFiles.execute(this.warehouse, "UPDATE audit_event SET seq = -1 WHERE seq = " + first,
				"UPDATE audit_event SET seq = " + first + " WHERE seq = " + second,
				"UPDATE audit_event SET seq = " + second + " WHERE seq = -1");
		assertBrokenAt(first, "");
	}

	// Editing a decision's figure in its table, leaving the chain alone, is caught
	// against the
	// event that sealed the decision.
	@Test
	void namesTheEventSealingAnEditedDecision() {
		long seq = seqOf("decision");
		WarehouseFiles.execute(this.warehouse,
				"UPDATE decision SET twinned_sessions = 2, status = 'COMPLIANT' WHERE period = '2024-W23'");
		assertBrokenAt(seq, "no longer matches what this event sealed");
	}

	// The evidence rows behind a decision are not sealed one by one, but the decision's
	// sealed row records their digest: deleting one, or pointing one at another row of
	// its
	// file, is caught against the event that sealed the decision.
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "DELETE FROM decision_evidence", "UPDATE decision_evidence SET row_no = row_no + 1000" })
	void namesTheEventSealingADecisionWhoseEvidenceRowWasTamperedWith(String tamper) {
		String decision = WarehouseFiles.query(this.warehouse, "SELECT min(decision_seq) FROM decision_evidence")
			.get(0);
		WarehouseFiles.execute(this.warehouse, tamper
				+ " WHERE rowid = (SELECT min(rowid) FROM decision_evidence WHERE decision_seq = " + decision + ")");
		assertBrokenAt(sealingEvent(decision),
				"the evidence rows of decision " + decision + " no longer match the digest this event sealed");
	}

	// Cutting the last event off the end of the trail, with the row it sealed, is caught
	// against
	// the head the night recorded.
	@Test
	void namesEventsCutOffTheEnd() {
		WarehouseFiles.execute(this.warehouse, "DELETE FROM audit_event WHERE seq = " + this.events,
				"DELETE FROM access_change WHERE change_seq = (SELECT max(change_seq) FROM access_change)");
		assertBrokenAt(this.events, "run 1 ended the trail at this event, which is missing or changed");
	}

	// Editing an ingested file's row counts is caught against its ingest event.
	@Test
	void namesTheEventSealingAnEditedFileLedger() {
		long seq = Long.parseLong(WarehouseFiles
			.query(this.warehouse,
					"SELECT min(seq) FROM audit_event WHERE event_type = 'ingest' AND subject LIKE 'contact-creator/%'")
			.get(0));
		WarehouseFiles.execute(this.warehouse,
				"UPDATE source_file SET loaded = loaded - 1, rejected = rejected + 1 WHERE kind = 'CONTACTS'");
		assertBrokenAt(seq, "no longer matches what this event sealed");
	}

	private long sealingEvent(String decision) {
		return Long.parseLong(
				WarehouseFiles
					.query(this.warehouse,
							"SELECT seq FROM audit_event WHERE event_type = 'decision' AND payload LIKE "
									+ "'{\"decision_seq\":\"" + decision + "\",%'")
					.get(0));
	}

	private long seqOf(String type) {
		return Long.parseLong(WarehouseFiles
			.query(this.warehouse, "SELECT min(seq) FROM audit_event WHERE event_type = '" + type + "'")
			.get(0));
	}

	private CliResult verify() {
		return cli("audit", "verify", "--warehouse", this.warehouse.toString());
	}

	private void assertBrokenAt(long seq, String problem) {
		CliResult verify = verify();
		assertThat(verify.exitCode()).isEqualTo(1);
		assertThat(verify.out()).startsWith("audit trail broken at event " + seq + ":").contains(problem);
	}

}
