package org.canvassaudit.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.sf.jasperreports.engine.JasperReport;
import org.canvassaudit.audit.Digest;
import org.canvassaudit.nightly.Nights;
import org.canvassaudit.support.CliResult;
import org.canvassaudit.support.CliTestSupport;
import org.canvassaudit.support.PdfText;
import org.canvassaudit.support.SmallCampaign;
import org.canvassaudit.support.TestInbox;
import org.canvassaudit.support.WarehouseFiles;
import org.canvassaudit.warehouse.Warehouse;
import org.canvassaudit.warehouse.Warehouses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence pack, read back from the PDF with PDFBox: every figure a candidate needs
 * to check a decision, each session that did or did not count with the reason, and no
 * voter data nor anyone else's name.
 * <p>
 * The campaign is {@link SmallCampaign}'s week 2024-W23 in breach (3 counted contacts in
 * E2, one session in E1), with one session of each kind that does not count: the E1
 * session also signed on a sheet by name (a duplicate), a session in E3 before C1's
 * twinning with it starts on 7 June (outside the twinning dates), and one in E4, a seat
 * C1 is not twinned with (wrong seat). A sheet row "Ann Smyth" waits in the review queue
 * with C1 suggested; "Carol Volunteer" is a volunteer. C1 is also a frontbencher, with a
 * Whitsun recess from 5 to 7 June.
 */
class EvidencePackTests extends CliTestSupport {

	private static final String RULEBOOK = SmallCampaign.RULEBOOK + """
			recess_visits:
			  role: frontbencher
			  required_visits: 2
			  visits_must_be_declared: true
			""";

	@TempDir
	Path temp;

	@Autowired
	Warehouses warehouses;

	private TestInbox inbox;

	private Path warehouse;

	@BeforeEach
	void runTheNightOfTenJune() {
		this.inbox = SmallCampaign.inBreach(this.temp.resolve("inbox"))
			.seats("E1,Alpha,North,battleground,false,2024-01-01", "E2,Beta,North,safe,true,2024-01-01",
					"E3,Gamma,North,battleground,false,2024-01-01", "E4,Delta,North,safe,true,2024-01-01")
			.candidates("C1,Ann Smith,E2,frontbencher,ann@example.org", "C2,Bob Jones,E4,candidate,bob@example.org")
			.twinning("C1,E1,2024-01-01,", "C1,E3,2024-06-07,2024-06-30", "C2,E1,2024-01-01,")
			.recess("Whitsun recess,2024-06-05,2024-06-07")
			.rulebook("hq-field-rules-v1.yaml", RULEBOOK)
			.organise("organise-2024-06-06.csv", "S2,E3,2024-06-05T14:00,C1", "S3,E4,2024-06-06T18:00,C1",
					"S4,E1,2024-06-05T10:00,C2")
			.sheet("signin-E1.xlsx", new String[] { "2024-06-05", "AM", "E1", "ann smith", null },
					new String[] { "2024-06-07", "PM", "E1", "Ann Smyth", null },
					new String[] { "2024-06-07", "AM", "E1", "Carol Volunteer", null })
			.declarations("declarations-2024-06-08.csv", "C1,2024-06-05,E1,2024-06-08T09:00",
					"C1,2024-06-07,E1,2024-06-08T09:00");
		this.warehouse = this.temp.resolve("warehouse.duckdb");
		CliResult night = cli("run", "--inbox", this.inbox.path().toString(), "--as-of", "2024-06-10", "--out",
				this.temp.resolve("out").toString(), "--warehouse", this.warehouse.toString());
		assertThat(night.exitCode()).as(night.err()).isZero();
	}

	// The header, the rule as HQ wrote it (its own section only) with its version and
	// the file's SHA-256, and the figures with the distance sentence.
	@Test
	void statesTheDecisionTheRuleAndTheFigures() throws IOException {
		String decisionId = query("SELECT decision_id FROM decision WHERE candidate_id = 'C1' AND period = '2024-W23'");
		String text = pack("C1", "2024-W23");
		assertThat(text).contains(
				"Evidence pack C1 Ann Smith twinned_sessions, week 2024-W23, Monday 3 June 2024 to Sunday 9 June 2024:"
						+ " BREACH Decision " + decisionId + ", as it stood on the night of 2024-06-10 (run 1)",
				"Candidate C1 Ann Smith Own seat E2 Beta, safe on Monday 3 June 2024",
				"Rule twinned_sessions Decision id " + decisionId + " Status BREACH",
				"Why 3 own-seat contacts is more than 2; 1 of 2 twinned sessions",
				"Rulebook hq-field-rules version 1, effective from 2024-06-03 File rulebooks/hq-field-rules-v1.yaml"
						+ " SHA-256 " + Digest.ofFile(this.inbox.path().resolve("rulebooks/hq-field-rules-v1.yaml")),
				"rulebook: hq-field-rules version: 1 effective_from: 2024-06-03 twinned_sessions:"
						+ " applies_to_classifications: [safe, unwinnable] own_seat_contacts_more_than: 2"
						+ " required_twinned_sessions: 2 revoke_on_breach: [organise, contact_creator, leaflet_printing]"
						+ " Figures",
				"Own-seat contacts 3 counted in E2 (anyone's contacts, not-in excluded); the rule applies above 2",
				"Twinned sessions 1 of 2 required",
				"Distance 3 own-seat contacts, more than 2: the rule applies"
						+ " 1 of 2 twinned sessions; 1 more needed by Sunday 9 June",
				"Evidence pack for C1, 2024-W23 · decision " + decisionId + " Page 1 of 2",
				"Evidence pack for C1, 2024-W23 · decision " + decisionId + " Page 2 of 2");
		assertThat(text).doesNotContain("recess_visits:", "gotv:");
	}

	// Contacts are counts per day with the export and its rows; every session record is
	// listed once, as counted (by id) or not counted with its reason; the review row
	// suggested for C1 shows its name as written and its ref.
	@Test
	void listsEverySessionRecordAndWhyItDidOrDidNotCount() throws IOException {
		String ref = query("SELECT ref FROM review_item WHERE name = 'Ann Smyth'");
		String text = pack("C1", "2024-W23");
		assertThat(text).contains(
				"Own-seat contacts per day Date Counted Export file Rows"
						+ " 2024-06-04 3 contact-creator/cc-2024-06-04.csv 2-4 Total 3",
				"Twinned sessions that counted Date Slot Seat Source file Sheet, row How it was matched"
						+ " 2024-06-05 AM E1 organise/organise-2024-06-05.csv row 2 by id (Organise attendee_id)",
				"Sessions that did not count, and why Date Slot Seat Source file Sheet, row Why it did not count"
						+ " 2024-06-05 AM E1 attendance/signin-E1.xlsx Sign-in, row 3"
						+ " duplicate: the session counts once, from organise/organise-2024-06-05.csv row 2"
						+ " 2024-06-05 PM E3 organise/organise-2024-06-06.csv row 2"
						+ " outside the twinning dates: twinned with E3 from 2024-06-07 to 2024-06-30"
						+ " 2024-06-06 EVE E4 organise/organise-2024-06-06.csv row 3"
						+ " wrong seat: E4 is not a seat they are twinned with",
				"2024-06-07 PM E1 attendance/signin-E1.xlsx Sign-in, row 4 “Ann Smyth”; open, ref " + ref,
				"E2 Beta own seat 2024-06-03 to 2024-06-09 safe yes 2024-01-01"
						+ " E1 Alpha twinned 2024-06-03 to 2024-06-09 battleground no 2024-01-01"
						+ " E3 Gamma twinned 2024-06-03 to 2024-06-09 battleground no 2024-01-01"
						+ " E4 Delta campaigned there 2024-06-03 to 2024-06-09 safe yes 2024-01-01",
				"E1 Alpha 2024-01-01 open-ended all week E3 Gamma 2024-06-07 2024-06-30 2024-06-07 to 2024-06-09");
	}

	// The audit events behind the decision with their hashes, and how to check them.
	@Test
	void givesTheAuditEventsAndHowToVerifyThem() throws IOException {
		List<String> events = WarehouseFiles.query(this.warehouse, """
				SELECT seq || ' ' || event_type || ' ' || subject || ' ' || hash FROM audit_event
				WHERE subject = 'C1 2024-W23 twinned_sessions' OR (event_type = 'access_change' AND subject LIKE 'C1 %')
				ORDER BY seq""");
		String text = pack("C1", "2024-W23");
		assertThat(events).hasSize(4);
		assertThat(text).contains("Audit events Seq Event Subject Hash (SHA-256) " + String.join(" ", events),
				"java -jar canvass-audit.jar audit verify --warehouse <file>");
	}

	// No voter reference, contact id, canvasser id or outcome code, and no other
	// person's name: neither the volunteer nor the other candidate.
	@Test
	void holdsNoVoterDataAndNoOtherPersonsName() throws IOException {
		List<String> voterHashes = WarehouseFiles.query(this.warehouse, "SELECT voter_hash FROM contact_row");
		String text = pack("C1", "2024-W23");
		assertThat(List.of(text.split(" "))).doesNotContain("VK0", "VK1", "VK2", "VK3", "K0", "K1", "K2", "K3", "M1",
				"L", "NI", "door");
		assertThat(text).doesNotContain("VK", "Carol", "Volunteer", "Bob", "Jones", "C2");
		assertThat(voterHashes).hasSize(4).allSatisfy((hash) -> assertThat(text).doesNotContain(hash));
	}

	// A recess decision: visit days, the declarations behind them, the declared day with
	// no visit, and the session in a seat that was not battleground that day.
	@Test
	void explainsARecessDecisionWithItsVisitDaysAndDeclarations() throws IOException {
		String text = pack("C1", "Whitsun recess");
		assertThat(text).contains(
				"C1 Ann Smith recess_visits, Whitsun recess, Wednesday 5 June 2024 to Friday 7 June 2024: BREACH",
				"Visit days counted 1 of 2 required (only declared days count)",
				"Distance 1 of 2 visit days; 1 more needed by Friday 7 June",
				"Declared, not attended 2024-06-07 Attended, not declared none",
				"Sessions and declarations that counted Date Slot Seat Source file Sheet, row How it was matched"
						+ " 2024-06-05 AM E1 organise/organise-2024-06-05.csv row 2 by id (Organise attendee_id)"
						+ " 2024-06-05 PM E3 organise/organise-2024-06-06.csv row 2 by id (Organise attendee_id)"
						+ " 2024-06-05 declarations/declarations-2024-06-08.csv row 2 declared visit day",
				"2024-06-05 AM E1 attendance/signin-E1.xlsx Sign-in, row 3"
						+ " duplicate: the session counts once, from organise/organise-2024-06-05.csv row 2"
						+ " 2024-06-06 EVE E4 organise/organise-2024-06-06.csv row 3"
						+ " not a target seat: E4 was safe that day");
	}

	// explain gives a recess decision's why-not as the evidence pack does: the declared
	// day with no visit, and the attended days not declared.
	@Test
	void explainGivesTheDaysARecessDecisionDidNotCount() {
		CliResult explain = cli("explain", "--candidate", "C1", "--week", "Whitsun recess", "--warehouse",
				this.warehouse.toString());
		assertThat(explain.exitCode()).as(explain.err()).isZero();
		assertThat(explain.out()).contains("Visit days counted: 1 of 2 required\n")
			.contains("\n  declared, not attended: 2024-06-07\n  attended, not declared: none\n");
	}

	// --all writes one pack per candidate with a decision that week, and fetches the
	// compiled report once for all of them.
	@Test
	void writesEveryCandidatesPackWithOneLoadOfTheReport() throws IOException {
		CountingReports reports = new CountingReports();
		Path dir = this.temp.resolve("packs");
		List<Path> files;
		try (Warehouse open = this.warehouses.openReadOnly(this.warehouse)) {
			Nights.Night night = Nights.latestCompleted(open).orElseThrow();
			files = new EvidencePack(reports).writeAll(open, night.runId(), night.asOf(), "2024-w23", dir);
		}
		assertThat(files).containsExactly(dir.resolve("evidence-pack-C1-2024-W23.pdf"),
				dir.resolve("evidence-pack-C2-2024-W23.pdf"));
		assertThat(reports.gets).isEqualTo(1);
		assertThat(reports.loadedCount()).isEqualTo(1);
		try (var listing = Files.list(dir)) {
			assertThat(listing.map((file) -> file.getFileName().toString()))
				.containsExactlyInAnyOrder("evidence-pack-C1-2024-W23.pdf", "evidence-pack-C2-2024-W23.pdf");
		}
		assertThat(PdfText.of(files.get(1))).contains("C2 Bob Jones twinned_sessions, week 2024-W23")
			.doesNotContain("Ann", "Smith");
	}

	private String pack(String candidate, String period) throws IOException {
		Path file = this.temp.resolve("pack.pdf");
		try (Warehouse open = this.warehouses.openReadOnly(this.warehouse)) {
			Nights.Night night = Nights.latestCompleted(open).orElseThrow();
			new EvidencePack(new CompiledReports()).write(open, night.runId(), night.asOf(), candidate, period, file);
		}
		return PdfText.of(file);
	}

	private String query(String sql) {
		return WarehouseFiles.query(this.warehouse, sql).get(0);
	}

	/**
	 * Counts how often a pack asks for its compiled report.
	 */
	static class CountingReports extends CompiledReports {

		int gets;

		@Override
		public JasperReport get(String name) {
			this.gets++;
			return super.get(name);
		}

	}

}
