package org.canvassaudit.appeal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.canvassaudit.audit.Digest;
import org.canvassaudit.support.CliResult;
import org.canvassaudit.support.CliTestSupport;
import org.canvassaudit.support.PdfText;
import org.canvassaudit.support.SmallCampaign;
import org.canvassaudit.support.TestInbox;
import org.canvassaudit.support.WarehouseFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §5 {@code appeal lodge|decide|list}, end to end through the CLI on a real
 * warehouse: C1 breaches 2024-W23 on the night of 10 June and loses every tool from that
 * day.
 */
class AppealIntegrationTests extends CliTestSupport {

	@TempDir
	Path temp;

	private TestInbox inbox;

	private Path warehouse;

	private String breachId;

	@BeforeEach
	void breachOnTheFirstNight() {
		this.inbox = SmallCampaign.inBreach(this.temp.resolve("inbox"));
		this.warehouse = this.temp.resolve("warehouse.duckdb");
		night("2024-06-10");
		String line = TestInbox.lines(this.temp.resolve("out-2024-06-10/decisions-2024-06-10.csv")).get(1);
		assertThat(line).startsWith("C1,2024-W23,twinned_sessions,1,BREACH,3,1,2,");
		this.breachId = TestInbox.decisionId(line);
	}

	// Upheld: the breach is voided, the tools come back from the decision's date, the
	// next
	// night's access-changes file carries the change for IT, and later nights keep it so.
	@Test
	void anUpheldAppealRestoresAccessAndLaterNightsRespectIt() throws IOException {
		Path photo = Files.writeString(this.temp.resolve("sheet-photo.txt"), "Ann Smith signed in on Thursday PM");
		CliResult lodge = cli("appeal", "lodge", "--candidate", "c1", "--week", "2024-W23", "--grounds",
				"I canvassed in Alpha on Thursday afternoon", "--evidence", photo.toString(), "--warehouse",
				warehouse());
		assertThat(lodge.exitCode()).as(lodge.err()).isZero();
		assertThat(lodge.lastLine()).isEqualTo("A0001");
		assertThat(lodge.out()).contains(
				"Appeal A0001 lodged by C1 against decision " + this.breachId + " (twinned_sessions 2024-W23, BREACH)");
		assertThat(this.temp.resolve("warehouse.duckdb.evidence/" + Digest.ofFile(photo)))
			.hasSameTextualContentAs(photo);

		CliResult decide = cli("appeal", "decide", "--appeal", "A0001", "--outcome", "upheld", "--reviewer", "R. Patel",
				"--reason", "The Thursday sheet was found", "--date", "2024-06-11", "--out",
				this.temp.resolve("letters").toString(), "--warehouse", warehouse());
		assertThat(decide.exitCode()).as(decide.err()).isZero();
		assertThat(decide.out()).contains("Appeal A0001 upheld by R. Patel on 2024-06-11")
			.contains("access C1 organise: REVOKED -> GRANTED from 2024-06-11 (appeal upheld)");
		String voidedId = voidedId();

		night("2024-06-12");
		assertThat(TestInbox.lines(this.temp.resolve("out-2024-06-12/decisions-2024-06-12.csv")).get(1))
			.isEqualTo("C1,2024-W23,twinned_sessions,1,VOIDED,3,1,2," + voidedId);
		assertRestored("2024-06-12", "2024-06-11", voidedId);

		night("2024-06-17");
		assertThat(TestInbox.lines(this.temp.resolve("out-2024-06-17/decisions-2024-06-17.csv")).get(1))
			.isEqualTo("C1,2024-W23,twinned_sessions,1,VOIDED,3,1,2," + voidedId);
		assertThat(TestInbox.lines(this.temp.resolve("out-2024-06-17/access-changes-2024-06-17.csv"))).hasSize(1);
		assertThat(TestInbox.lines(this.temp.resolve("out-2024-06-17/access-2024-06-17.csv")).get(3))
			.isEqualTo("C1,organise,GRANTED,2024-06-11,appeal upheld," + voidedId);

		String letter = PdfText.of(this.temp.resolve("letters/appeal-A0001.pdf"));
		assertThat(letter).contains("Your appeal A0001: upheld")
			.contains("Ann Smith, candidate C1")
			.contains("decision " + this.breachId
					+ ": twinned_sessions for 2024-W23, BREACH (3 own-seat contacts, 1 of 2 twinned sessions)")
			.contains("I canvassed in Alpha on Thursday afternoon")
			.contains("sheet-photo.txt (34 bytes), SHA-256 " + Digest.ofFile(photo))
			.contains("Your appeal was upheld by R. Patel on 2024-06-11.")
			.contains("Reason: The Thursday sheet was found")
			.contains("organise: REVOKED to GRANTED from 2024-06-11")
			.contains("audit verify");
		assertVerified();
	}

	// Dismissed: nothing changes; the letter says so; the breach stands the next night.
	@Test
	void aDismissedAppealChangesNothing() throws IOException {
		cli("appeal", "lodge", "--candidate", "C1", "--week", "2024-W23", "--grounds", "Unfair", "--warehouse",
				warehouse());
		CliResult decide = cli("appeal", "decide", "--appeal", "a0001", "--outcome", "dismissed", "--reviewer",
				"R. Patel", "--reason", "No session recorded", "--out", this.temp.resolve("letters").toString(),
				"--warehouse", warehouse());
		assertThat(decide.exitCode()).as(decide.err()).isZero();
		assertThat(decide.out())
			.contains("Appeal A0001 dismissed by R. Patel on " + LocalDate.now(java.time.ZoneOffset.UTC))
			.contains("no access changes");
		assertThat(PdfText.of(this.temp.resolve("letters/appeal-A0001.pdf"))).contains("Your appeal A0001: dismissed")
			.contains("No change to your access.");
		night("2024-06-12");
		assertThat(TestInbox.lines(this.temp.resolve("out-2024-06-12/decisions-2024-06-12.csv")).get(1))
			.isEqualTo("C1,2024-W23,twinned_sessions,1,BREACH,3,1,2," + this.breachId);
		assertThat(TestInbox.lines(this.temp.resolve("out-2024-06-12/access-changes-2024-06-12.csv"))).hasSize(1);
		CliResult list = cli("appeal", "list", "--warehouse", warehouse());
		assertThat(list.out()).contains("A0001   C1         2024-W23         twinned_sessions").contains("dismissed");
		assertThat(cli("appeal", "list", "--open", "--warehouse", warehouse()).out().strip().split("\n")).hasSize(1);
		assertVerified();
	}

	// An appeal is decided once; every bad input is refused with exit 2 and nothing
	// recorded.
	@Test
	void refusesBadInputWithExitCode2() throws IOException {
		Path big = Files.write(this.temp.resolve("big.bin"), new byte[10 * 1024 * 1024 + 1]);
		assertRefused(cli("appeal", "lodge", "--candidate", "C1", "--week", "2024-W23", "--grounds", "x", "--evidence",
				big.toString(), "--warehouse", warehouse()), "larger than the limit of 10485760 bytes");
		assertThat(WarehouseFiles.query(this.warehouse, "SELECT count(*) FROM appeal")).containsExactly("0");
		cli("appeal", "lodge", "--candidate", "C1", "--week", "2024-W23", "--grounds", "Unfair", "--warehouse",
				warehouse());
		cli("appeal", "decide", "--appeal", "A0001", "--outcome", "dismissed", "--reviewer", "R. Patel", "--reason",
				"No", "--out", this.temp.toString(), "--warehouse", warehouse());
		assertRefused(
				cli("appeal", "decide", "--appeal", "A0001", "--outcome", "upheld", "--reviewer", "Q", "--reason",
						"Again", "--out", this.temp.toString(), "--warehouse", warehouse()),
				"was already decided: dismissed");
		assertRefused(cli("appeal", "lodge", "--candidate", "C1", "--week", "2024-W23", "--grounds", "Again",
				"--warehouse", warehouse()), "has already been appealed (A0001)");
		assertRefused(cli("appeal", "lodge", "--candidate", "C9", "--week", "2024-W23", "--grounds", "x", "--warehouse",
				warehouse()), "no candidate C9 in the roster");
		assertRefused(cli("appeal", "lodge", "--candidate", "C1", "--week", "2024-W24", "--grounds", "x", "--warehouse",
				warehouse()), "has no breach in 2024-W24");
		assertRefused(cli("appeal", "decide", "--appeal", "A0009", "--outcome", "upheld", "--reviewer", "Q", "--reason",
				"x", "--warehouse", warehouse()), "no appeal A0009");
		assertRefused(cli("appeal", "decide", "--appeal", "A0001", "--outcome", "maybe", "--reviewer", "Q", "--reason",
				"x", "--warehouse", warehouse()), "--outcome must be upheld or dismissed");
		assertRefused(
				cli("appeal", "decide", "--appeal", "A0001", "--outcome", "upheld", "--reviewer", "Q", "--reason", "x",
						"--date", "11/06/2024", "--warehouse", warehouse()),
				"Invalid value for option '--date': '11/06/2024' is not a date: expected YYYY-MM-DD");
		assertThat(cli("appeal", "decide", "--appeal", "A0001", "--outcome", "upheld", "--reason", "x", "--warehouse",
				warehouse())
			.exitCode()).isEqualTo(2);
		assertThat(WarehouseFiles.query(this.warehouse, "SELECT count(*) FROM appeal")).containsExactly("1");
		assertVerified();
	}

	// Only run makes a warehouse: the other writing commands, given a path with none
	// (mistyped), say so with exit 2 and leave nothing there.
	@Test
	void writingCommandsRefuseAWarehouseThatDoesNotExist() {
		Path missing = this.temp.resolve("mistyped.duckdb");
		for (String[] command : List.of(
				new String[] { "appeal", "lodge", "--candidate", "C1", "--week", "2024-W23", "--grounds", "x" },
				new String[] { "appeal", "decide", "--appeal", "A0001", "--outcome", "upheld", "--reviewer", "R",
						"--reason", "y" },
				new String[] { "review", "resolve", "--row", "abc", "--reject", "--reviewer", "R" })) {
			List<String> args = new ArrayList<>(List.of(command));
			args.addAll(List.of("--warehouse", missing.toString()));
			assertRefused(cli(args.toArray(String[]::new)), "there is no warehouse at " + missing);
		}
		assertThat(missing).doesNotExist();
		assertThat(Path.of(missing + ".lock")).doesNotExist();
	}

	// A new night with new evidence supersedes the appealed breach with another breach;
	// the
	// appeal still voids the week's breach, the current one.
	@Test
	void anUpheldAppealVoidsTheBreachThatSupersededTheOneAppealed() {
		cli("appeal", "lodge", "--candidate", "C1", "--week", "2024-W23", "--grounds", "Unfair", "--warehouse",
				warehouse());
		this.inbox.contactsOn("cc-2024-06-05.csv", "L", "E2", LocalDate.of(2024, 6, 5), 2, 0);
		night("2024-06-12");
		String line = TestInbox.lines(this.temp.resolve("out-2024-06-12/decisions-2024-06-12.csv")).get(1);
		assertThat(line).startsWith("C1,2024-W23,twinned_sessions,1,BREACH,5,1,2,");
		CliResult decide = cli("appeal", "decide", "--appeal", "A0001", "--outcome", "upheld", "--reviewer", "R. Patel",
				"--reason", "Sheet found", "--date", "2024-06-13", "--out", this.temp.toString(), "--warehouse",
				warehouse());
		assertThat(decide.exitCode()).as(decide.err()).isZero();
		assertThat(WarehouseFiles.query(this.warehouse, """
				SELECT d.status, d.own_seat_contacts, s.own_seat_contacts, d.appeal_seq FROM decision d
				JOIN decision s ON s.decision_seq = d.supersedes WHERE d.status = 'VOIDED'"""))
			.containsExactly("VOIDED|5|5|1");
		night("2024-06-14");
		assertThat(TestInbox.lines(this.temp.resolve("out-2024-06-14/access-changes-2024-06-14.csv")).get(1))
			.startsWith("C1,contact_creator,REVOKED,GRANTED,2024-06-13,appeal upheld,");
		assertVerified();
	}

	// Two breaches in a row, the first one's figures changed by later evidence (a new
	// decision, no access change): voiding the first leaves the tools revoked, by the
	// second breach from its own date, not by the voided one; no transition goes to IT.
	@Test
	void anUpheldAppealOnTheFirstOfTwoBreachesLeavesTheSecondRevoking() {
		this.inbox.contactsOn("cc-2024-06-05.csv", "M", "E2", LocalDate.of(2024, 6, 5), 2, 0);
		this.inbox.contactsOn("cc-2024-06-11.csv", "L", "E2", LocalDate.of(2024, 6, 11), 3, 0);
		night("2024-06-17");
		assertThat(TestInbox.lines(this.temp.resolve("out-2024-06-17/decisions-2024-06-17.csv")).get(1))
			.startsWith("C1,2024-W23,twinned_sessions,1,BREACH,5,1,2,");
		String second = TestInbox.lines(this.temp.resolve("out-2024-06-17/decisions-2024-06-17.csv")).get(2);
		assertThat(second).startsWith("C1,2024-W24,twinned_sessions,1,BREACH,3,0,2,");
		String secondId = TestInbox.decisionId(second);
		assertThat(upholdAnAppealOnTheFirstWeek("2024-06-18").out()).doesNotContain("REVOKED -> GRANTED");

		night("2024-06-19");
		assertThat(TestInbox.lines(this.temp.resolve("out-2024-06-19/access-changes-2024-06-19.csv"))).hasSize(1);
		assertThat(TestInbox.lines(this.temp.resolve("out-2024-06-19/access-2024-06-19.csv"))).containsExactly(
				"candidate_id,tool,state,since,reason,decision_id",
				"C1,contact_creator,REVOKED,2024-06-17,breach 2024-W24," + secondId,
				"C1,leaflet_printing,REVOKED,2024-06-17,breach 2024-W24," + secondId,
				"C1,organise,REVOKED,2024-06-17,breach 2024-W24," + secondId);
		assertVerified();
	}

	// An appeal restores the tools on 18 June; the next night finishes a week in breach
	// whose natural date, 17 June, is before the restoration. The revocation takes effect
	// the day after the restoration, so that IT, applying the rows by date, ends with the
	// tools revoked, as the access file says.
	@Test
	void aBreachFinishedAfterAnUpheldAppealTakesEffectAfterTheRestoration() {
		this.inbox.contactsOn("cc-2024-06-11.csv", "L", "E2", LocalDate.of(2024, 6, 11), 3, 0);
		upholdAnAppealOnTheFirstWeek("2024-06-18");
		String voidedId = voidedId();

		night("2024-06-19");
		String second = TestInbox.lines(this.temp.resolve("out-2024-06-19/decisions-2024-06-19.csv")).get(2);
		assertThat(second).startsWith("C1,2024-W24,twinned_sessions,1,BREACH,3,0,2,");
		String secondId = TestInbox.decisionId(second);
		assertThat(TestInbox.lines(this.temp.resolve("out-2024-06-19/access-changes-2024-06-19.csv"))).containsExactly(
				"candidate_id,tool,from_state,to_state,effective,reason,decision_id",
				"C1,contact_creator,GRANTED,REVOKED,2024-06-19,breach 2024-W24," + secondId,
				"C1,contact_creator,REVOKED,GRANTED,2024-06-18,appeal upheld," + voidedId,
				"C1,leaflet_printing,GRANTED,REVOKED,2024-06-19,breach 2024-W24," + secondId,
				"C1,leaflet_printing,REVOKED,GRANTED,2024-06-18,appeal upheld," + voidedId,
				"C1,organise,GRANTED,REVOKED,2024-06-19,breach 2024-W24," + secondId,
				"C1,organise,REVOKED,GRANTED,2024-06-18,appeal upheld," + voidedId);
		assertThat(TestInbox.lines(this.temp.resolve("out-2024-06-19/access-2024-06-19.csv")).get(3))
			.isEqualTo("C1,organise,REVOKED,2024-06-19,breach 2024-W24," + secondId);
		assertVerified();
	}

	// A decision dated before the revocation it undoes (10 June) restores from the
	// revocation's date, not before it: IT, applying the rows by date, must end with the
	// tools granted, as the access file says.
	@Test
	void anAppealDatedBeforeTheRevocationRestoresFromTheRevocation() {
		assertThat(upholdAnAppealOnTheFirstWeek("2024-06-05").out())
			.contains("access C1 organise: REVOKED -> GRANTED from 2024-06-10 (appeal upheld)");
		String voidedId = voidedId();

		night("2024-06-11");
		assertRestored("2024-06-11", "2024-06-10", voidedId);
		assertVerified();
	}

	// Editing a sealed appeal after the fact is caught by audit verify.
	@Test
	void auditVerifyCatchesAnEditedAppeal() {
		cli("appeal", "lodge", "--candidate", "C1", "--week", "2024-W23", "--grounds", "Unfair", "--warehouse",
				warehouse());
		assertVerified();
		WarehouseFiles.execute(this.warehouse, "UPDATE appeal SET grounds = 'Something else'");
		CliResult verify = cli("audit", "verify", "--warehouse", warehouse());
		assertThat(verify.exitCode()).isEqualTo(1);
		assertThat(verify.out()).contains("(appeal A0001 lodged by C1 against 2024-W23)")
			.contains("no longer matches what this event sealed");
	}

	// A writing command while the warehouse is held gets "warehouse busy" and exit 4.
	@Test
	void saysBusyWhileTheWarehouseIsHeld() throws IOException {
		try (var channel = java.nio.channels.FileChannel.open(Path.of(warehouse() + ".lock"),
				java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
				var lock = channel.tryLock()) {
			CliResult lodge = cli("appeal", "lodge", "--candidate", "C1", "--week", "2024-W23", "--grounds", "x",
					"--warehouse", warehouse());
			assertThat(lodge.exitCode()).isEqualTo(4);
			assertThat(lodge.err()).contains("warehouse busy, try again");
		}
	}

	private CliResult upholdAnAppealOnTheFirstWeek(String date) {
		cli("appeal", "lodge", "--candidate", "C1", "--week", "2024-W23", "--grounds", "Sheet lost", "--warehouse",
				warehouse());
		CliResult decide = cli("appeal", "decide", "--appeal", "A0001", "--outcome", "upheld", "--reviewer", "R. Patel",
				"--reason", "Sheet found", "--date", date, "--out", this.temp.toString(), "--warehouse", warehouse());
		assertThat(decide.exitCode()).as(decide.err()).isZero();
		return decide;
	}

	private String voidedId() {
		return WarehouseFiles
			.query(this.warehouse, "SELECT decision_id FROM decision WHERE status = 'VOIDED' AND appeal_seq = 1")
			.get(0);
	}

	/**
	 * The night's files restore every tool, voided by the appeal, from the date given.
	 */
	private void assertRestored(String asOf, String from, String voidedId) {
		Path out = this.temp.resolve("out-" + asOf);
		assertThat(TestInbox.lines(out.resolve("access-changes-" + asOf + ".csv"))).containsExactly(
				"candidate_id,tool,from_state,to_state,effective,reason,decision_id",
				"C1,contact_creator,REVOKED,GRANTED," + from + ",appeal upheld," + voidedId,
				"C1,leaflet_printing,REVOKED,GRANTED," + from + ",appeal upheld," + voidedId,
				"C1,organise,REVOKED,GRANTED," + from + ",appeal upheld," + voidedId);
		assertThat(TestInbox.lines(out.resolve("access-" + asOf + ".csv")).get(3))
			.isEqualTo("C1,organise,GRANTED," + from + ",appeal upheld," + voidedId);
	}

	private void night(String asOf) {
		CliResult run = cli("run", "--inbox", this.inbox.path().toString(), "--as-of", asOf, "--out",
				this.temp.resolve("out-" + asOf).toString(), "--warehouse", warehouse());
		assertThat(run.exitCode()).as(run.err()).isZero();
	}

	private String warehouse() {
		return this.warehouse.toString();
	}

	private void assertVerified() {
		CliResult verify = cli("audit", "verify", "--warehouse", warehouse());
		assertThat(verify.exitCode()).as(verify.out()).isZero();
	}

	private static void assertRefused(CliResult result, String message) {
		assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);
		assertThat(result.err()).contains(message);
	}

}
