package org.canvassaudit.cli;

import java.nio.file.Path;

import org.canvassaudit.audit.Digest;
import org.canvassaudit.support.CliResult;
import org.canvassaudit.support.CliTestSupport;
import org.canvassaudit.support.SmallCampaign;
import org.canvassaudit.support.TestInbox;
import org.canvassaudit.support.WarehouseFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code simulate} previews a draft rulebook and writes nothing; {@code explain} gives
 * the derivation of a decision with its evidence rows and the distance to each threshold.
 */
class SimulateAndExplainIntegrationTests extends CliTestSupport {

	@TempDir
	Path temp;

	private Path warehouse;

	@BeforeEach
	void runANight() {
		TestInbox inbox = SmallCampaign.inBreach(this.temp.resolve("inbox"));
		this.warehouse = this.temp.resolve("warehouse.duckdb");
		CliResult night = cli("run", "--inbox", inbox.path().toString(), "--as-of", "2024-06-10", "--out",
				this.temp.resolve("out").toString(), "--warehouse", this.warehouse.toString());
		assertThat(night.exitCode()).as(night.err()).isZero();
	}

	// A draft raising the threshold above C1's 3 contacts takes the week out of scope and
	// gives
	// the tools back; the warehouse file is byte for byte what it was.
	@Test
	void previewsADraftRulebookWithoutWritingAnything() {
		Path draft = TestInbox.at(this.temp.resolve("drafts"))
			.write("v2.yaml",
					SmallCampaign.RULEBOOK.replace("version: 1", "version: 2")
						.replace("own_seat_contacts_more_than: 2", "own_seat_contacts_more_than: 3"))
			.path()
			.resolve("v2.yaml");
		String before = Digest.ofFile(this.warehouse);
		String rows = WarehouseFiles.query(this.warehouse, "SELECT count(*) FROM audit_event").get(0);

		CliResult simulate = cli("simulate", "--rulebook", draft.toString(), "--warehouse", this.warehouse.toString());

		assertThat(simulate.exitCode()).as(simulate.err()).isZero();
		assertThat(simulate.out().strip().split("\n")).containsExactly(
				"Draft rulebook hq-field-rules version 2, effective from 2024-06-03, over the evidence held on the night of 2024-06-10",
				"  decision C1 2024-W23 twinned_sessions: BREACH (3 contacts, 1 of 2) -> NOT_APPLICABLE (3 contacts, 1 of 2)",
				"  access C1 contact_creator: REVOKED -> GRANTED", "  access C1 leaflet_printing: REVOKED -> GRANTED",
				"  access C1 organise: REVOKED -> GRANTED",
				"1 decisions and 3 access states would change, for 1 candidates");
		assertThat(Digest.ofFile(this.warehouse)).isEqualTo(before);
		assertThat(WarehouseFiles.query(this.warehouse, "SELECT count(*) FROM audit_event")).containsExactly(rows);
	}

	// A draft that is not a valid rulebook is bad usage: exit 2, naming the key.
	@Test
	void refusesAnInvalidDraft() {
		Path draft = TestInbox.at(this.temp.resolve("drafts"))
			.write("bad.yaml", SmallCampaign.RULEBOOK + "surprise: true\n")
			.path()
			.resolve("bad.yaml");
		CliResult simulate = cli("simulate", "--rulebook", draft.toString(), "--warehouse", this.warehouse.toString());
		assertThat(simulate.exitCode()).isEqualTo(2);
		assertThat(simulate.err()).contains("unknown key 'surprise'");
	}

	// The explanation names the rule and version, each figure with its rows, and the
	// why-not.
	@Test
	void explainsABreachWithItsEvidenceAndTheDistanceToTheThreshold() {
		CliResult explain = cli("explain", "--candidate", "c1", "--week", "2024-W23", "--warehouse",
				this.warehouse.toString());
		assertThat(explain.exitCode()).as(explain.err()).isZero();
		assertThat(explain.out())
			.contains("twinned_sessions for C1 Ann Smith, week 2024-W23 (2024-06-03 to 2024-06-09)")
			.contains("Status: BREACH")
			.contains("Rulebook: hq-field-rules version 1, effective from 2024-06-03")
			.contains("Own seat: E2, safe on 2024-06-03")
			.contains("Own-seat contacts: 3 counted")
			.contains("2024-06-04     3  contact-creator/cc-2024-06-04.csv rows 2-4")
			.contains("Twinned sessions: 1 of 2 required")
			.contains("2024-06-05 AM E1")
			.contains("organise/organise-2024-06-05.csv row 2 (organise id)")
			.contains("3 own-seat contacts, more than 2: the rule applies")
			.contains("1 of 2 twinned sessions; 1 more needed by Sunday 9 June")
			.contains("decision C1 2024-W23 twinned_sessions hash ");
	}

	// A week with no decision is bad usage, said plainly.
	@Test
	void saysSoWhenThereIsNoSuchDecision() {
		CliResult explain = cli("explain", "--candidate", "C1", "--week", "2024-W30", "--warehouse",
				this.warehouse.toString());
		assertThat(explain.exitCode()).isEqualTo(2);
		assertThat(explain.err()).contains("no decision for candidate C1 and 2024-W30 on the night of 2024-06-10");
	}

}
