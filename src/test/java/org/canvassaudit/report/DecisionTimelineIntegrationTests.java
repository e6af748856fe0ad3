package org.canvassaudit.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

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
 * The appeal and review timeline of a decision, as {@code explain} prints it and the
 * evidence pack shows it, through the command line on a real warehouse. The campaign is
 * {@link SmallCampaign}'s: C1 breaches 2024-W23 on the night of 10 June and loses every
 * tool from that day. Each entry's audit event is read straight from the warehouse file;
 * appeals and settlements are dated today (UTC), as the commands record them.
 */
class DecisionTimelineIntegrationTests extends CliTestSupport {

	private static final String HEADING = "Timeline (what happened to the decision, in the order the audit trail"
			+ " recorded it):";

	@TempDir
	Path temp;

	private Path warehouse;

	private final String today = LocalDate.now(ZoneOffset.UTC).toString();

	@BeforeEach
	void warehouseFile() {
		this.warehouse = this.temp.resolve("warehouse.duckdb");
	}

	// The breach, its revocations, the appeal lodged and upheld, the VOIDED decision
	// that supersedes the breach and the tools restored, in the order they were recorded.
	@Test
	void showsAnUpheldAppealFromLodgingToTheAccessItRestored() throws IOException {
		TestInbox inbox = SmallCampaign.inBreach(this.temp.resolve("inbox"));
		night(inbox, "2024-06-10");
		String breachId = decisionId("BREACH");
		assertOk(cli("appeal", "lodge", "--candidate", "C1", "--week", "2024-W23", "--grounds",
				"I canvassed in Alpha on Thursday afternoon", "--warehouse", warehouse()));
		assertOk(cli("appeal", "decide", "--appeal", "A0001", "--outcome", "upheld", "--reviewer", "R. Patel",
				"--reason", "The Thursday sheet was found", "--out", this.temp.resolve("letters").toString(),
				"--warehouse", warehouse()));
		night(inbox, "2024-06-12");
		String voidedId = decisionId("VOIDED");

		List<Entry> timeline = withBreachOfNight1(breachId,
				new Entry(this.today,
						"Appeal A0001 lodged against decision " + breachId
								+ ": \"I canvassed in Alpha on Thursday afternoon\"",
						event("appeal", "A0001 lodged by C1 against 2024-W23", 0)),
				new Entry(this.today,
						"Appeal A0001 upheld by R. Patel, effective " + this.today
								+ ": \"The Thursday sheet was found\"",
						event("appeal_decision", "A0001 upheld by R. Patel", 0)),
				new Entry(this.today,
						"Decision " + voidedId + " recorded between nights, after the night of 2024-06-10:"
								+ " VOIDED by appeal A0001, 3 own-seat contacts, 1 of 2 twinned sessions;"
								+ " supersedes decision " + breachId + " (BREACH)",
						event("decision", "C1 2024-W23 twinned_sessions", 1)),
				new Entry(this.today, "Access: organise REVOKED to GRANTED from " + this.today + " (appeal upheld)",
						event("access_change", "C1 organise", 1)),
				new Entry(this.today,
						"Access: contact_creator REVOKED to GRANTED from " + this.today + " (appeal upheld)",
						event("access_change", "C1 contact_creator", 1)),
				new Entry(this.today,
						"Access: leaflet_printing REVOKED to GRANTED from " + this.today + " (appeal upheld)",
						event("access_change", "C1 leaflet_printing", 1)));

		CliResult explain = cli("explain", "--candidate", "C1", "--week", "2024-W23", "--warehouse", warehouse());
		assertThat(explain.out()).endsWith(explained(timeline));
		String pack = pack("C1", "2024-W23");
		assertThat(pack).contains("Appeals and reviews Date What happened, and the audit event that seals it "
				+ timeline.get(0).packed() + " " + timeline.get(1).packed());
		String section = pack.substring(pack.indexOf("Appeals and reviews"), pack.indexOf("Audit events"));
		assertThat(section).containsSubsequence(timeline.stream().map(Entry::packed).toList())
			.doesNotContain(DecisionTimeline.UNTOUCHED);
	}

	// A sign-in row settled as C1's: the settlement, then the next night's decision
	// that supersedes the breach as late evidence, and the tools it gave back. The row
	// is named by its ref, file, sheet and row, never by the name written on it.
	@Test
	void showsAReviewSettlementAndTheDecisionItsNextNightDerived() throws IOException {
		TestInbox inbox = SmallCampaign.inBreach(this.temp.resolve("inbox"))
			.sheet("E1-sign-in.xlsx", new String[] { "2024-06-06", "PM", "E1", "Ann Smyth", null });
		night(inbox, "2024-06-10");
		String breachId = decisionId("BREACH");
		String ref = WarehouseFiles.query(this.warehouse, "SELECT ref FROM review_item").get(0);
		assertOk(cli("review", "resolve", "--row", ref, "--candidate", "C1", "--reviewer", "R. Patel", "--warehouse",
				warehouse()));
		night(inbox, "2024-06-12");
		String compliantId = decisionId("COMPLIANT");

		List<Entry> timeline = withBreachOfNight1(breachId,
				new Entry(this.today,
						"Review row " + ref + " (attendance/E1-sign-in.xlsx sheet 'Sign-in' row 3, 2024-06-06 PM E1)"
								+ " assigned to C1 by R. Patel; it counts from the next run",
						event("review_resolution", "review row " + ref, 0)),
				new Entry("2024-06-12",
						"Decision " + compliantId + " recorded by run 2, the night of 2024-06-12: COMPLIANT,"
								+ " 3 own-seat contacts, 2 of 2 twinned sessions; supersedes decision " + breachId
								+ " (BREACH): late evidence",
						event("decision", "C1 2024-W23 twinned_sessions", 1)),
				new Entry("2024-06-12", "Access: organise REVOKED to GRANTED from 2024-06-12 (late evidence)",
						event("access_change", "C1 organise", 1)),
				new Entry("2024-06-12", "Access: contact_creator REVOKED to GRANTED from 2024-06-12 (late evidence)",
						event("access_change", "C1 contact_creator", 1)),
				new Entry("2024-06-12", "Access: leaflet_printing REVOKED to GRANTED from 2024-06-12 (late evidence)",
						event("access_change", "C1 leaflet_printing", 1)));

		CliResult explain = cli("explain", "--candidate", "C1", "--week", "2024-W23", "--warehouse", warehouse());
		assertThat(explain.out()).endsWith(explained(timeline));
		String pack = pack("C1", "2024-W23");
		String section = pack.substring(pack.indexOf("Appeals and reviews"), pack.indexOf("Audit events"));
		assertThat(section).containsSubsequence(timeline.stream().map(Entry::packed).toList())
			.doesNotContain("Smyth", DecisionTimeline.UNTOUCHED);
	}

	// Privacy of other candidates: a row that suggested C1 but was settled as C2's stays
	// off C1's timeline; a row that suggested C1 and was rejected as nobody's shows,
	// without its other suggestions.
	@Test
	void showsOnlyTheSettlementsThatMadeARowTheirsOrRejectedARowSuggestedForThem() throws IOException {
		TestInbox inbox = SmallCampaign.inBreach(this.temp.resolve("inbox"))
			.candidates("C1,Ann Smith,E2,candidate,ann@example.org", "C2,Ann Smithe,E2,candidate,anne@example.org")
			.twinning("C1,E1,2024-01-01,", "C2,E1,2024-01-01,")
			.sheet("E1-sign-in.xlsx", new String[] { "2024-06-06", "PM", "E1", "Ann Smit", null },
					new String[] { "2024-06-07", "PM", "E1", "Ann Smth", null });
		night(inbox, "2024-06-10");
		List<String> rows = WarehouseFiles.query(this.warehouse,
				"SELECT ref || '|' || suggestions FROM review_item ORDER BY row_no");
		assertThat(rows).hasSize(2).allSatisfy((row) -> assertThat(row).endsWith("|C1;C2"));
		String toC2 = rows.get(0).substring(0, rows.get(0).indexOf('|'));
		String rejected = rows.get(1).substring(0, rows.get(1).indexOf('|'));
		assertOk(cli("review", "resolve", "--row", toC2, "--candidate", "C2", "--reviewer", "R. Patel", "--warehouse",
				warehouse()));
		assertOk(cli("review", "resolve", "--row", rejected, "--reject", "--reviewer", "R. Patel", "--warehouse",
				warehouse()));

		CliResult explain = cli("explain", "--candidate", "C1", "--week", "2024-W23", "--warehouse", warehouse());
		String timeline = explain.out().substring(explain.out().indexOf(HEADING));
		assertThat(timeline)
			.contains("  " + this.today + "  Review row " + rejected
					+ " (attendance/E1-sign-in.xlsx sheet 'Sign-in' row 4, 2024-06-07 PM E1) rejected as nobody's by"
					+ " R. Patel; it counts from the next run" + System.lineSeparator() + "              "
					+ event("review_resolution", "review row " + rejected, 0))
			.doesNotContain(toC2, "C2", "Smit");
		String pack = pack("C1", "2024-W23");
		assertThat(pack.substring(pack.indexOf("Appeals and reviews"), pack.indexOf("Audit events")))
			.contains("Review row " + rejected)
			.doesNotContain(toC2, "C2", "Smit");
	}

	// An appeal against a classification denial shows on the decision of the week it
	// was lodged for, with the tool it gave back.
	@Test
	void showsAnAppealAgainstADenialOnTheDecisionOfItsWeek() throws IOException {
		TestInbox inbox = SmallCampaign.inBreach(this.temp.resolve("inbox"))
			.rulebook("hq-field-rules-v1.yaml",
					SmallCampaign.RULEBOOK + "classification_access:\n  safe: [contact_creator]\n");
		night(inbox, "2024-06-10");
		assertOk(cli("appeal", "lodge", "--candidate", "C1", "--week", "2024-W24", "--grounds",
				"Beta is a target seat in all but name", "--warehouse", warehouse()));
		assertOk(cli("appeal", "decide", "--appeal", "A0001", "--outcome", "upheld", "--reviewer", "R. Patel",
				"--reason", "Beta is marginal", "--out", this.temp.resolve("letters").toString(), "--warehouse",
				warehouse()));

		List<Entry> timeline = List.of(pendingOfNight1(),
				new Entry(this.today,
						"Appeal A0001 lodged against the denial of contact_creator (classification safe since"
								+ " 2024-06-03): \"Beta is a target seat in all but name\"",
						event("appeal", "A0001 lodged by C1 against 2024-W24", 0)),
				new Entry(this.today,
						"Appeal A0001 upheld by R. Patel, effective " + this.today + ": \"Beta is marginal\"",
						event("appeal_decision", "A0001 upheld by R. Patel", 0)),
				new Entry(this.today,
						"Access: contact_creator DENIED to REVOKED from " + this.today + " (appeal upheld)",
						event("access_change", "C1 contact_creator", -1)));

		CliResult explain = cli("explain", "--candidate", "C1", "--week", "2024-W24", "--warehouse", warehouse());
		assertThat(explain.out()).endsWith(explained(timeline));
		String pack = pack("C1", "2024-W24");
		assertThat(pack.substring(pack.indexOf("Appeals and reviews"), pack.indexOf("Audit events")))
			.containsSubsequence(timeline.stream().map(Entry::packed).toList());
	}

	// A decision nothing has happened to since: the decision, and the plain line.
	@Test
	void saysSoWhenNoAppealNorReviewHasTouchedTheDecision() throws IOException {
		night(SmallCampaign.inBreach(this.temp.resolve("inbox")), "2024-06-10");
		Entry decision = pendingOfNight1();

		CliResult explain = cli("explain", "--candidate", "C1", "--week", "2024-W24", "--warehouse", warehouse());
		assertThat(explain.out()).endsWith(explained(List.of(decision))
				+ "  No appeal or review has touched this decision." + System.lineSeparator());
		assertThat(pack("C1", "2024-W24")).contains("Appeals and reviews Date What happened, and the audit event that"
				+ " seals it " + decision.packed() + " No appeal or review has touched this decision. Audit events");
	}

	/**
	 * @return night 1's entries for SmallCampaign's breach of 2024-W23 (the decision and
	 * the three tools it revoked), then the entries that follow
	 */
	private List<Entry> withBreachOfNight1(String breachId, Entry... later) {
		List<Entry> entries = new ArrayList<>(List.of(
				new Entry("2024-06-10",
						"Decision " + breachId + " recorded by run 1, the night of 2024-06-10: BREACH,"
								+ " 3 own-seat contacts, 1 of 2 twinned sessions",
						event("decision", "C1 2024-W23 twinned_sessions", 0)),
				new Entry("2024-06-10", "Access: organise GRANTED to REVOKED from 2024-06-10 (breach 2024-W23)",
						event("access_change", "C1 organise", 0)),
				new Entry("2024-06-10", "Access: contact_creator GRANTED to REVOKED from 2024-06-10 (breach 2024-W23)",
						event("access_change", "C1 contact_creator", 0)),
				new Entry("2024-06-10", "Access: leaflet_printing GRANTED to REVOKED from 2024-06-10 (breach 2024-W23)",
						event("access_change", "C1 leaflet_printing", 0))));
		entries.addAll(List.of(later));
		return entries;
	}

	/**
	 * @return night 1's entry for SmallCampaign's pending week 2024-W24
	 */
	private Entry pendingOfNight1() {
		String pendingId = WarehouseFiles
			.query(this.warehouse, "SELECT decision_id FROM decision WHERE period = '2024-W24'")
			.get(0);
		return new Entry("2024-06-10", "Decision " + pendingId
				+ " recorded by run 1, the night of 2024-06-10: PENDING, 0 own-seat contacts, 0 of 2 twinned sessions",
				event("decision", "C1 2024-W24 twinned_sessions", 0));
	}

	private void night(TestInbox inbox, String asOf) {
		CliResult run = cli("run", "--inbox", inbox.path().toString(), "--as-of", asOf, "--out",
				this.temp.resolve("out-" + asOf).toString(), "--warehouse", warehouse());
		assertThat(run.exitCode()).as(run.err()).isZero();
	}

	private String pack(String candidate, String week) throws IOException {
		Path pdf = this.temp.resolve("pack-" + week + ".pdf");
		assertOk(cli("evidence-pack", "--candidate", candidate, "--week", week, "--out", pdf.toString(), "--warehouse",
				warehouse()));
		return PdfText.of(pdf);
	}

	private String decisionId(String status) {
		return WarehouseFiles
			.query(this.warehouse,
					"SELECT decision_id FROM decision WHERE period = '2024-W23' AND status = '" + status + "'")
			.get(0);
	}

	/**
	 * @return the {@code index}th event (from 0; -1 for the last) of that type and
	 * subject, in words
	 */
	private String event(String type, String subject, int index) {
		List<String> events = WarehouseFiles.query(this.warehouse,
				"SELECT 'audit event ' || seq || ', hash ' || hash FROM audit_event WHERE event_type = '" + type
						+ "' AND subject = '" + subject + "' ORDER BY seq");
		return events.get((index < 0) ? events.size() + index : index);
	}

	private String warehouse() {
		return this.warehouse.toString();
	}

	private void assertOk(CliResult result) {
		assertThat(result.exitCode()).as(result.err()).isZero();
	}

	private static String explained(List<Entry> timeline) {
		List<String> lines = new ArrayList<>();
		lines.add("");
		lines.add(HEADING);
		for (Entry entry : timeline) {
			lines.add("  " + entry.date() + "  " + entry.what());
			lines.add("              " + entry.audit());
		}
		return String.join(System.lineSeparator(), lines) + System.lineSeparator();
	}

	/**
	 * One expected entry.
	 *
	 * @param date its date
	 * @param what what happened
	 * @param audit its audit event in words
	 */
	record Entry(String date, String what, String audit) {

		String packed() {
			return this.date + " " + this.what + " " + this.audit;
		}

	}

}
