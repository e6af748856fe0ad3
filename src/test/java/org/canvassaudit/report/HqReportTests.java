package org.canvassaudit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.canvassaudit.appeal.Appeals;
import org.canvassaudit.audit.AuditTrail;
import org.canvassaudit.ingest.Pseudonymiser;
import org.canvassaudit.nightly.NightlyJobRunner;
import org.canvassaudit.nightly.NightlyRun;
import org.canvassaudit.rules.Decision;
import org.canvassaudit.support.SmallCampaign;
import org.canvassaudit.support.TestInbox;
import org.canvassaudit.warehouse.Warehouse;
import org.canvassaudit.warehouse.WarehouseProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hq-report-<as-of>.pdf} on nights small enough to check by hand, read back with
 * PDFBox: the exact names, figures, decision ids, distance sentences and audit head a
 * compliance officer reads, the footer of every page, and the plain words of sections
 * with nothing in them. Text is compared with its line breaks turned into spaces, since
 * where a table cell wraps is layout, not content.
 */
@SpringBootTest(properties = "canvass.cli.enabled=false")
class HqReportTests {

	private static final String BUSY_RULEBOOK = SmallCampaign.RULEBOOK + """
			recess_visits:
			  role: frontbencher
			  required_visits: 2
			  visits_must_be_declared: true
			classification_access:
			  unwinnable: [contact_creator]
			""";

	@Autowired
	NightlyJobRunner runner;

	@Autowired
	HqReport report;

	@Autowired
	CompiledReports reports;

	@TempDir
	Path temp;

	// SmallCampaign's breach of 2024-W23 as HQ reads it: the three revocations with the
	// decision id, the headline and regional figures, the week table, the breach with its
	// distance to each threshold, and a footer with the audit head on both pages.
	@Test
	void reportsABreachTheAccessItRevokedAndHowFarItFellShort() {
		Rendered night = render(SmallCampaign.inBreach(this.temp.resolve("inbox")), "2024-06-10");
		String breachId = decisionId(night, "C1,2024-W23,");
		assertThat(night.pages()).hasSize(2);
		assertFooters(night, "2024-06-10", "Rulebook v1");
		assertThat(night.text())
			.contains("HQ compliance report As of Monday 10 June 2024 · run 1 "
					+ "Tonight: 3 access changes; 1 breach in 2024-W23. 1. The run")
			.contains("Files ingested 7 Files skipped (bytes already held) 0 Files quarantined 0 "
					+ "Entries ignored (not an input) 0 Rows read 9 Rows loaded 9 Rows rejected 0 Blank rows 0 "
					+ "Duplicate contacts 0")
			.contains(
					"Files quarantined No files quarantined tonight. Rejected rows by reason No rows rejected tonight.")
			.contains("Candidates on the roster 1 In scope in 2024-W23 (the twinned-sessions rule applied) 1 "
					+ "Compliant in 2024-W23 0 In breach in 2024-W23 1 Pending in 2024-W24 (ends Sunday 16 June 2024) 1")
			.contains("Ann Smith (C1) contact_creator GRANTED → REVOKED 2024-06-10 breach 2024-W23 " + breachId
					+ " Ann Smith (C1) leaflet_printing GRANTED → REVOKED 2024-06-10 breach 2024-W23 " + breachId
					+ " Ann Smith (C1) organise GRANTED → REVOKED 2024-06-10 breach 2024-W23 " + breachId)
			.contains("North 1 1 3 0 All regions 1 1 3 0")
			.contains("2024-W23 3 1 1 2024-W24 0 0 0 pending: still running")
			.contains("6. Breaches in week 2024-W23")
			.contains("Ann Smith (C1) E2 (safe) 3 1 of 2 3 own-seat contacts, more than 2: the rule applies "
					+ "1 of 2 twinned sessions; 1 more needed by Sunday 9 June " + breachId)
			.contains("Data-quality warnings in week 2024-W23 No data-quality warnings in week 2024-W23.")
			.contains("7. Review queue The review queue is empty.")
			.contains("8. Recess discrepancies No recess discrepancies.")
			.contains("Polling day Thursday 4 July 2024 Rulebook v1 Seats with GOTV support 1 "
					+ "Seats without support (held seats) 1")
			.contains("10. Open appeals No open appeals.")
			.doesNotContain("Nothing to report tonight.");
	}

	// SPEC §3: a candidate over the contact threshold with no twinning in force is not
	// evaluated, never in breach, and reported as a data-quality warning: at the top and
	// under the week's breaches.
	@Test
	void reportsACandidateWithNoTwinningAsADataQualityWarning() {
		Rendered night = render(SmallCampaign.inBreach(this.temp.resolve("inbox")).twinning(), "2024-06-10");
		String decisionId = decisionId(night, "C1,2024-W23,");
		assertThat(night.text()).contains("Tonight: 1 data-quality warning. 1. The run")
			.contains("6. Breaches in week 2024-W23 No breaches in week 2024-W23. Data-quality warnings in week "
					+ "2024-W23 Candidates over the contact threshold with no twinning in force: not evaluated, "
					+ "never a breach. Candidate Warning Ann Smith (C1) 3 own-seat contacts in E2; no twinning in "
					+ "force during the " + "week (decision " + decisionId + ")");
	}

	// Everything that can go wrong on one night, each in its section: a quarantined file,
	// a rejected row counted under its reason, a denial by classification, a running week
	// already over the contact threshold with no twinned session, a sign-in row waiting
	// for review that would be the missing session of a breach, and a frontbencher whose
	// declared and attended recess days disagree.
	@Test
	void reportsEachKindOfTroubleInItsSection() {
		Rendered night = render(busyInbox(this.temp.resolve("inbox")), "2024-06-10");
		String breachId = decisionId(night, "C1,2024-W23,");
		String ref = TestInbox.lines(night.out().resolve("review-queue-2024-06-10.csv")).get(1).split(",")[0];
		assertThat(night.pages()).hasSize(2);
		assertFooters(night, "2024-06-10", "Rulebook v1");
		assertThat(night.text())
			.contains("Tonight: 4 access changes; 1 breach in 2024-W23; 1 file quarantined; "
					+ "1 row rejected; 1 row waiting for review; 1 recess discrepancy.")
			.contains("Every row read is accounted for: 20 read = 19 loaded + 1 rejected + 0 blank + 0 duplicates.")
			.contains("Pending in 2024-W24 (ends Sunday 16 June 2024) 2 "
					+ "Of those, over the contact threshold so far and short of twinned sessions 1")
			.contains("organise/organise-broken.csv missing required column: attendee_id")
			.contains("contact-creator, contacted_at: the value is not a date-time "
					+ "(YYYY-MM-DDTHH:MM[:SS[.fff]][Z|+HH:MM]) 1")
			.contains("Ann Smith (C1) organise GRANTED → REVOKED 2024-06-10 breach 2024-W23 " + breachId
					+ " Bob Jones (C2) contact_creator GRANTED → DENIED 2024-06-03 classification unwinnable 4. By region")
			.contains("North 1 1 3 0 South West 1 0 0 1 All regions 2 1 3 1")
			.contains("2024-W23 3 2 1 2024-W24 3 0 0 pending: still running")
			.contains("Rows waiting for review 1 Rows settled (assigned or rejected) 0 Oldest waiting row: "
					+ "attendance/E1-sign-in.xlsx, sheet Sign-in, row 3 (ref " + ref + ") 2024-06-06")
			.contains("2024-06-06 PM E1 \"Ann Smyth\" Ann Smith (C1): BREACH in 2024-W23, 1 of 2 twinned sessions "
					+ "attendance/E1-sign-in.xlsx, sheet Sign-in, row 3 (ref " + ref + ")")
			.contains("Bob Jones (C2) Whitsun recess BREACH 0 of 2 2024-06-03 2024-06-04")
			.contains("Seats with GOTV support 2 Seats without support (held seats) 1");
	}

	// A first night with only reference files and a rulebook: no evidence, so no week is
	// evaluated. The report says so at the top and in every section, with no empty
	// tables.
	@Test
	void saysNothingToReportOnANightWithNoEvidence() {
		TestInbox inbox = TestInbox.at(this.temp.resolve("inbox"))
			.seats("E1,Alpha,North,battleground,false,2024-01-01", "E2,Beta,North,safe,true,2024-01-01")
			.candidates("C1,Ann Smith,E2,candidate,ann@example.org")
			.twinning("C1,E1,2024-01-01,")
			.recess()
			.rulebook("hq-field-rules-v1.yaml", SmallCampaign.RULEBOOK);
		Rendered night = render(inbox, "2024-06-10");
		assertThat(night.pages()).hasSize(2);
		assertFooters(night, "2024-06-10", "Rulebook v1");
		assertThat(night.text()).startsWith("HQ compliance report As of Monday 10 June 2024 · run 1 "
				+ "Nothing to report tonight. 1. The run Every row read is accounted for: 4 read = 4 loaded + 0 rejected "
				+ "+ 0 blank + 0 duplicates. Files ingested 5 ")
			.contains("3. Tonight's access changes No access changes tonight. 4. By region")
			.contains("5. Own-seat contacts and twinned sessions by week No weeks evaluated yet.")
			.contains("6. Breaches in week 2024-W23 No breaches in week 2024-W23.")
			.contains("7. Review queue The review queue is empty. Rows most likely to change a decision "
					+ "No waiting row would change a decision.")
			.contains("8. Recess discrepancies No recess discrepancies.")
			.contains("10. Open appeals No open appeals.")
			.doesNotContain("Tonight:")
			.doesNotContain("Candidate Tool Change");
	}

	// The night after the breach brings the same files again: they are skipped, nothing
	// changes, and the breach of the last finished week is still reported.
	@Test
	void reportsSkippedFilesAndNoChangesOnTheNightAfter() {
		TestInbox inbox = SmallCampaign.inBreach(this.temp.resolve("inbox"));
		String breachId = decisionId(render(inbox, "2024-06-10"), "C1,2024-W23,");
		Rendered night = render(inbox, "2024-06-11");
		assertFooters(night, "2024-06-11", "Rulebook v1");
		assertThat(night.text()).contains("As of Tuesday 11 June 2024 · run 2 Tonight: 1 breach in 2024-W23.")
			.contains("Files ingested 0 Files skipped (bytes already held) 7")
			.contains("3. Tonight's access changes No access changes tonight.")
			.contains("North 1 1 3 0")
			.contains("1 of 2 twinned sessions; 1 more needed by Sunday 9 June " + breachId);
	}

	// An appeal lodged against the breach is listed with its age; the same report written
	// 15 days later flags it as open longer than the 14 days HQ allows, and says so at
	// the top.
	@Test
	void listsOpenAppealsAndFlagsThoseOpenLongerThanHqAllows() {
		TestInbox inbox = SmallCampaign.inBreach(this.temp.resolve("inbox"));
		Clock today = Clock.systemUTC();
		String lodged = LocalDate.now(today).toString();
		Rendered fresh = render(inbox, "2024-06-10", new HqReport(this.reports, 14, today), this::appealTheBreach);
		assertThat(fresh.text()).contains("Tonight: 3 access changes; 1 breach in 2024-W23. 1. The run")
			.contains("10. Open appeals Oldest first; an appeal open more than 14 days is flagged. "
					+ "Age counts whole days from lodging to today. Appeal Candidate Decision appealed Age (days) "
					+ "Lodged Waiting A0001 Ann Smith (C1) twinned_sessions for 2024-W23 0 " + lodged + " As of");
		Rendered late = render(inbox, "2024-06-11",
				new HqReport(this.reports, 14, Clock.offset(today, Duration.ofDays(15))), (warehouse) -> {
				});
		assertThat(late.text()).contains("Tonight: 1 breach in 2024-W23; 1 appeal open more than 14 days. 1. The run")
			.contains("A0001 Ann Smith (C1) twinned_sessions for 2024-W23 15 " + lodged + " OVERDUE: over 14 days");
	}

	private void appealTheBreach(Warehouse warehouse) {
		warehouse.inTransaction(() -> {
			Map<String, Object> breach = warehouse.jdbc()
				.queryForMap("SELECT decision_seq, decision_id FROM decision "
						+ "WHERE candidate_id = 'C1' AND period = '2024-W23' AND status = 'BREACH'");
			return new Appeals(warehouse).lodge(new Appeals.Lodging("C1", "2024-W23", Decision.TWINNED_SESSIONS,
					(Integer) breach.get("decision_seq"), (String) breach.get("decision_id"), List.of(), null,
					"I was canvassing in Alpha that Saturday."), List.of(), 1);
		});
	}

	private static TestInbox busyInbox(Path dir) {
		return TestInbox.at(dir)
			.seats("E1,Alpha,North,battleground,false,2024-01-01", "E2,Beta,North,safe,true,2024-01-01",
					"E3,Gamma,South West,unwinnable,false,2024-01-01")
			.candidates("C1,Ann Smith,E2,candidate,ann@example.org", "C2,Bob Jones,E3,frontbencher,bob@example.org")
			.twinning("C1,E1,2024-01-01,", "C2,E1,2024-01-01,")
			.recess("Whitsun recess,2024-06-03,2024-06-05")
			.rulebook("hq-field-rules-v1.yaml", BUSY_RULEBOOK)
			.contacts("cc-2024-06-04.csv", "K0,VK0,E2,M1,2024-06-04T10:00,door,L",
					"K1,VK1,E2,M1,2024-06-04T10:05,door,L", "K2,VK2,E2,M1,2024-06-04T10:10,door,L",
					"K3,VK3,E2,M1,2024-02-31T10:15,door,L", "K4,VK4,E2,M1,2024-06-04T10:20,door,NI")
			.contactsOn("cc-2024-06-10.csv", "T", "E2", LocalDate.of(2024, 6, 10), 3, 0)
			.organise("organise-2024-06-05.csv", "S1,E1,2024-06-05T10:00,C1", "S2,E1,2024-06-04T18:00,C2")
			.write("organise/organise-broken.csv", "session_id,seat_code,session_start\nS9,E1,2024-06-05T10:00\n")
			.declarations("declarations-2024-06-06.csv", "C2,2024-06-03,E1,2024-06-06T09:00")
			.sheet("E1-sign-in.xlsx", new String[] { "2024-06-06", "PM", "E1", "Ann Smyth", null });
	}

	private static String decisionId(Rendered night, String prefix) {
		return TestInbox.lines(night.out().resolve("decisions-" + night.asOf() + ".csv"))
			.stream()
			.filter((line) -> line.startsWith(prefix))
			.map((line) -> TestInbox.decisionId(line))
			.findFirst()
			.orElseThrow();
	}

	private static void assertFooters(Rendered night, String asOf, String rulebook) {
		assertThat(night.auditHead()).matches("[0-9a-f]{64}");
		for (int page = 1; page <= night.pages().size(); page++) {
			assertThat(night.pages().get(page - 1)).as("page %d", page)
				.endsWith("As of " + asOf + " · Page " + page + " of " + night.pages().size() + " · " + rulebook
						+ " · Audit head " + night.auditHead());
		}
	}

	private Rendered render(TestInbox inbox, String asOf) {
		return render(inbox, asOf, this.report, (warehouse) -> {
		});
	}

	private Rendered render(TestInbox inbox, String asOf, HqReport report, Consumer<Warehouse> beforeReport) {
		Path file = this.temp.resolve("warehouse.duckdb");
		Path out = this.temp.resolve("out-" + asOf);
		try (Warehouse warehouse = Warehouse.open(file, new WarehouseProperties(null, null, null, null))) {
			NightlyRun run = this.runner.run(warehouse, inbox.path(), LocalDate.parse(asOf), out,
					Pseudonymiser.resolve("test-key-0123456789", null, file));
			beforeReport.accept(warehouse);
			Path pdf = this.temp.resolve("hq-report-" + asOf + ".pdf");
			report.write(warehouse,
					new NightlyOutputs.Night(run.runId(), run.asOf(), run.exitCode(), run.files(), run.evaluation()),
					pdf);
			return Rendered.read(pdf, out, asOf, new AuditTrail(warehouse).head().hash());
		}
	}

	/**
	 * A rendered report as PDFBox reads it back.
	 *
	 * @param out the night's output folder
	 * @param asOf the as-of date
	 * @param text the whole text, line breaks as spaces
	 * @param pages each page's text, line breaks as spaces
	 * @param auditHead the audit chain's head after the night
	 */
	record Rendered(Path out, String asOf, String text, List<String> pages, String auditHead) {

		static Rendered read(Path pdf, Path out, String asOf, String auditHead) {
			try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
				PDFTextStripper stripper = new PDFTextStripper();
				List<String> pages = new ArrayList<>();
				for (int page = 1; page <= document.getNumberOfPages(); page++) {
					stripper.setStartPage(page);
					stripper.setEndPage(page);
					pages.add(flat(stripper.getText(document)));
				}
				return new Rendered(out, asOf, String.join(" ", pages), pages, auditHead);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static String flat(String text) {
			return text.strip().replaceAll("\\s*\\R\\s*", " ");
		}

	}

}
