package org.canvassaudit.nightly;

import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.canvassaudit.nightly.RunSummary.FileEntry;
import org.canvassaudit.support.CliResult;
import org.canvassaudit.support.CliTestSupport;
import org.canvassaudit.support.OutputCsv;
import org.canvassaudit.support.WarehouseProbe;
import org.canvassaudit.support.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly ingest through {@code run}, on the small inboxes under
 * {@code src/test/resources/ingest/}: how every row of every file is accounted for, what
 * is rejected and why, duplicates and conflicts, idempotence by file content, what never
 * reaches the warehouse, and the exit codes operators page on (SPEC §2 and §5).
 * <p>
 * Every fixture inbox holds the same reference data: seats BG1, BG2 (battleground), SF1
 * (safe), UW1 (unwinnable); candidates C001, C002, C003; rulebook version 1. Workbooks
 * are written by POI into the test's copy of the inbox, so their cells are shown here.
 */
class NightlyIngestFunctionalTests extends CliTestSupport {

	private static final List<String> REFERENCE = List.of("reference/seats.csv", "reference/candidates.csv",
			"reference/twinning.csv", "reference/recess.csv");

	private static final String RULEBOOK = "rulebooks/hq-field-rules-v1.yaml";

	@TempDir
	Path temp;

	// Pins the run summary's accounting: one entry per file seen (reference files,
	// the rulebook, ignored entries included); an ingested file's rows_read split
	// exactly into loaded, rejected, blank and duplicates; reference files count
	// their rows, a rulebook reports 0; a file lacking a required column is
	// quarantined with 0 counts and a reason naming the column; a "~$" lock file, a
	// .txt in organise, a nested folder, a hidden file, a symbolic link, an unknown
	// reference file, and a folder and a file at the top of the inbox are ignored
	// with 0 counts. A quarantine and a rejected row make the exit code 3.
	@Test
	void accountsForEveryRowOfEveryFileItSees() throws Exception {
		Path inbox = accountingInbox();
		Files.writeString(inbox.resolve("contact-creator/.cc-draft.csv"), "contact_id\n");
		Files.createSymbolicLink(inbox.resolve("contact-creator/cc-link.csv"),
				inbox.resolve("contact-creator/cc-2024-06-10.csv"));

		CliResult result = run(inbox, "2024-06-14", this.temp.resolve("out"));

		assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
		RunSummary summary = RunSummary.read(this.temp.resolve("out"), "2024-06-14");
		assertThat(summary.asOf()).isEqualTo("2024-06-14");
		assertThat(summary.exitCode()).isEqualTo(3);
		assertThat(summary.paths()).containsExactlyInAnyOrder("reference/seats.csv", "reference/candidates.csv",
				"reference/twinning.csv", "reference/recess.csv", "reference/seats-2023.csv", RULEBOOK,
				"contact-creator/cc-2024-06-10.csv", "contact-creator/archive", "contact-creator/.cc-draft.csv",
				"contact-creator/cc-link.csv", "organise/org-2024-06-11.csv", "organise/readme.txt",
				"attendance/signin-2024-06-12.xlsx", "attendance/~$signin-2024-06-12.xlsx",
				"declarations/decl-2024-06.csv", "declarations/decl-no-date.csv", "archive", "notes.txt");
		assertFile(summary, "reference/seats.csv", "ingested", 4, 4, 0, 0, 0);
		// a record of empty fields between two candidates is blank
		assertFile(summary, "reference/candidates.csv", "ingested", 4, 3, 0, 1, 0);
		assertFile(summary, "reference/twinning.csv", "ingested", 2, 2, 0, 0, 0);
		assertFile(summary, "reference/recess.csv", "ingested", 1, 1, 0, 0, 0);
		assertFile(summary, RULEBOOK, "ingested", 0, 0, 0, 0, 0);
		// K001, K002, K004 loaded; ",,,,,," blank; seat XX9 rejected; K001 repeated
		assertFile(summary, "contact-creator/cc-2024-06-10.csv", "ingested", 6, 3, 1, 1, 1);
		// Alice (C001) and member M900 loaded; the row without attendee_id rejected
		assertFile(summary, "organise/org-2024-06-11.csv", "ingested", 3, 2, 1, 0, 0);
		// rows 2 and 4 loaded; the missing row 3 between them is blank
		assertFile(summary, "attendance/signin-2024-06-12.xlsx", "ingested", 3, 2, 0, 1, 0);
		assertFile(summary, "declarations/decl-2024-06.csv", "ingested", 2, 2, 0, 0, 0);
		FileEntry quarantined = assertFile(summary, "declarations/decl-no-date.csv", "quarantined", 0, 0, 0, 0, 0);
		assertThat(quarantined.reason()).contains("missing").contains("declared_date");
		assertThat(assertFile(summary, "contact-creator/archive", "ignored", 0, 0, 0, 0, 0).reason())
			.contains("nested folder");
		assertThat(assertFile(summary, "attendance/~$signin-2024-06-12.xlsx", "ignored", 0, 0, 0, 0, 0).reason())
			.contains("lock file");
		assertThat(assertFile(summary, "contact-creator/.cc-draft.csv", "ignored", 0, 0, 0, 0, 0).reason())
			.contains("hidden");
		assertThat(assertFile(summary, "contact-creator/cc-link.csv", "ignored", 0, 0, 0, 0, 0).reason())
			.contains("symbolic link");
		assertFile(summary, "organise/readme.txt", "ignored", 0, 0, 0, 0, 0);
		assertFile(summary, "reference/seats-2023.csv", "ignored", 0, 0, 0, 0, 0);
		assertFile(summary, "archive", "ignored", 0, 0, 0, 0, 0);
		assertFile(summary, "notes.txt", "ignored", 0, 0, 0, 0, 0);
		for (FileEntry file : summary.files()) {
			assertThat(file.rowsRead()).as(file.path())
				.isEqualTo(file.loaded() + file.rejected() + file.blank() + file.duplicates());
		}
		// reference and rulebooks first; within a folder, byte order of names
		assertThat(summary.paths()).containsSubsequence("reference/seats.csv", RULEBOOK,
				"contact-creator/cc-2024-06-10.csv");
		assertThat(summary.paths()).containsSubsequence("reference/recess.csv", RULEBOOK,
				"contact-creator/cc-2024-06-10.csv");
		assertThat(summary.paths()).containsSubsequence("declarations/decl-2024-06.csv",
				"declarations/decl-no-date.csv");
		try (WarehouseProbe warehouse = WarehouseProbe.open(warehouse())) {
			assertThat(warehouse.count("SELECT count(*) FROM contact_row")).isEqualTo(4);
			assertThat(warehouse.count("SELECT count(DISTINCT contact_id) FROM contact_row")).isEqualTo(3);
			assertThat(warehouse.count("SELECT count(*) FROM organise_row")).isEqualTo(2);
			assertThat(warehouse.count("SELECT count(*) FROM sheet_row")).isEqualTo(2);
			assertThat(warehouse.count("SELECT count(*) FROM declaration_row")).isEqualTo(2);
			assertThat(warehouse.count("SELECT count(*) FROM candidate_row")).isEqualTo(3);
			assertThat(warehouse.count("SELECT count(*) FROM reject")).isEqualTo(2);
		}
	}

	// Pins rejects-<as-of>.csv line by line: file, sheet, row and field exactly, and
	// reasons by their key words. CSV rows are numbered as a spreadsheet shows them:
	// the header is row 1, an empty line still takes a number (row 4), and a quoted
	// field holding a newline keeps its record one row (row 7, loaded), so the next
	// record is row 8. Codes match case-insensitively (row 9, "sf1", "Door", "ld",
	// loaded). In a workbook, an unknown seat and an unknown session word reject
	// their row on that column; in a sheet with values but no header, every row is
	// rejected without a field.
	@Test
	void rejectsRowsNamingTheFieldAndTheRowASpreadsheetShows() throws Exception {
		Path inbox = inbox("rejects");
		Workbooks.workbook()
			.sheet("Week 24",
					(rows) -> rows.row(1, "Date", "Session", "Seat", "Name", "Candidate ID")
						.row(2, LocalDate.of(2024, 6, 10), "AM", "ZZ9", "Alice Able", "C001")
						.row(3, LocalDate.of(2024, 6, 10), "Brunch", "BG1", "Alice Able", "C001")
						.row(4, LocalDate.of(2024, 6, 10), "PM", "BG1", "Alice Able", "C001"))
			.sheet("Scribbles",
					(rows) -> rows.row(1, "Alice was here").row(2, "Bob", "10 June").row(3, "tea rota", "Cara"))
			.writeTo(inbox.resolve("attendance/signin-rejects.xlsx"));

		CliResult result = run(inbox, "2024-06-14", this.temp.resolve("out"));

		assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
		RunSummary summary = RunSummary.read(this.temp.resolve("out"), "2024-06-14");
		assertFile(summary, "contact-creator/cc-2024-06-10.csv", "ingested", 8, 2, 6, 0, 0);
		assertFile(summary, "attendance/signin-rejects.xlsx", "ingested", 6, 1, 5, 0, 0);
		assertFile(summary, "declarations/decl-2024-06.csv", "ingested", 2, 1, 1, 0, 0);
		List<List<String>> rejects = OutputCsv.read(this.temp.resolve("out/rejects-2024-06-14.csv"));
		assertThat(rejects.get(0)).containsExactly("file", "sheet", "row", "field", "reason");
		assertThat(rejects.subList(1, rejects.size())).extracting((reject) -> reject.subList(0, 4))
			.containsExactly(List.of("attendance/signin-rejects.xlsx", "Scribbles", "1", ""),
					List.of("attendance/signin-rejects.xlsx", "Scribbles", "2", ""),
					List.of("attendance/signin-rejects.xlsx", "Scribbles", "3", ""),
					List.of("attendance/signin-rejects.xlsx", "Week 24", "2", "Seat"),
					List.of("attendance/signin-rejects.xlsx", "Week 24", "3", "Session"),
					List.of("contact-creator/cc-2024-06-10.csv", "", "2", "seat_code"),
					List.of("contact-creator/cc-2024-06-10.csv", "", "3", "contacted_at"),
					List.of("contact-creator/cc-2024-06-10.csv", "", "5", "outcome"),
					List.of("contact-creator/cc-2024-06-10.csv", "", "6", "voter_ref"),
					List.of("contact-creator/cc-2024-06-10.csv", "", "8", "channel"),
					List.of("contact-creator/cc-2024-06-10.csv", "", "10", "contact_id"),
					List.of("declarations/decl-2024-06.csv", "", "3", "declared_date"));
		List<String> reasons = rejects.subList(1, rejects.size()).stream().map((reject) -> reject.get(4)).toList();
		assertThat(reasons.get(0)).contains("no header").contains("Date").contains("Name");
		assertThat(reasons.get(1)).isEqualTo(reasons.get(0));
		assertThat(reasons.get(2)).isEqualTo(reasons.get(0));
		assertThat(reasons.get(3)).contains("'ZZ9'").contains("seat");
		assertThat(reasons.get(4)).contains("'Brunch'").contains("session");
		// Contact-export reasons never quote the value: shifted columns could put a voter
		// reference or a voting intention in any field.
		assertThat(reasons.get(5)).isEqualTo("seat code is in no seats snapshot");
		assertThat(reasons.get(6)).isEqualTo("is not a date-time (YYYY-MM-DDTHH:MM[:SS[.fff]][Z|+HH:MM])");
		assertThat(reasons.get(7)).isEqualTo("is not one of A, C, DK, G, L, LD, NI, O, PC, R, REF, SNP, WNV");
		assertThat(reasons.get(8)).contains("required").contains("empty");
		assertThat(reasons.get(9)).isEqualTo("is not one of door, phone, street");
		assertThat(reasons.get(10)).contains("required").contains("empty");
		assertThat(reasons.get(11)).contains("'2024-02-30'").contains("date");
		try (WarehouseProbe warehouse = WarehouseProbe.open(warehouse())) {
			assertThat(warehouse.lines("SELECT row_no, contact_id, seat_code, canvasser_id, channel, counted "
					+ "FROM contact_row ORDER BY row_no"))
				.containsExactly("7|K105|SF1|CV01\nnight shift|door|true", "9|K107|SF1|CV01|door|true");
		}
	}

	// Pins contact duplicates and conflicts: a contact_id already seen earlier in the
	// same file, in an earlier file of the same night, or on an earlier night counts
	// as a duplicate; where the values differ, conflicts-<as-of>.csv lists each
	// losing row and field against the row from the file whose name sorts last (an
	// earlier night's file when its name sorts last; within one file, the later row).
	// Equal values are no conflict, and conflicts alone leave the exit code 0.
	@Test
	void countsContactsSeenBeforeAsDuplicatesAndListsConflictsAgainstTheLastNamedFile() throws Exception {
		CliResult first = run(inbox("duplicates-night-1"), "2024-06-10", this.temp.resolve("out-1"));
		assertThat(first.exitCode()).as(first.err()).isZero();
		assertFile(RunSummary.read(this.temp.resolve("out-1"), "2024-06-10"), "contact-creator/cc-2024-06-10.csv",
				"ingested", 3, 3, 0, 0, 0);

		CliResult second = run(inbox("duplicates-night-2"), "2024-06-12", this.temp.resolve("out-2"));

		assertThat(second.exitCode()).as(second.err()).isZero();
		RunSummary summary = RunSummary.read(this.temp.resolve("out-2"), "2024-06-12");
		// K009 was seen on night 1
		assertFile(summary, "contact-creator/cc-2024-06-09-late.csv", "ingested", 1, 0, 0, 0, 1);
		// K001, K002 seen on night 1; K003 twice in this file; K003 and K004 new
		assertFile(summary, "contact-creator/cc-2024-06-11.csv", "ingested", 5, 2, 0, 0, 3);
		// K004 seen in the earlier file tonight; K005 new
		assertFile(summary, "contact-creator/cc-2024-06-12.csv", "ingested", 2, 1, 0, 0, 1);
		List<List<String>> conflicts = OutputCsv.read(this.temp.resolve("out-2/conflicts-2024-06-12.csv"));
		assertThat(conflicts).containsExactly(
				List.of("contact_id", "file", "row", "winning_file", "winning_row", "field"),
				List.of("K002", "contact-creator/cc-2024-06-10.csv", "3", "contact-creator/cc-2024-06-11.csv", "3",
						"channel"),
				List.of("K003", "contact-creator/cc-2024-06-11.csv", "4", "contact-creator/cc-2024-06-11.csv", "5",
						"canvasser_id"),
				List.of("K004", "contact-creator/cc-2024-06-11.csv", "6", "contact-creator/cc-2024-06-12.csv", "2",
						"outcome"),
				List.of("K009", "contact-creator/cc-2024-06-09-late.csv", "2", "contact-creator/cc-2024-06-10.csv", "4",
						"canvasser_id"));
		assertThat(OutputCsv.read(this.temp.resolve("out-2/rejects-2024-06-12.csv"))).hasSize(1);
	}

	// Pins idempotence: running the same inbox again with the same as-of date reports
	// every input file skipped with 0 counts (the quarantined one quarantined again,
	// ignored entries ignored) and loads nothing: every evidence, reference and
	// ledger table keeps its row count. Only the per-run record grows: the run, its
	// audit events (one skip or quarantine event per input file) and the night's
	// decision and access snapshots, as many as the first night's. The generated key
	// is reused.
	@Test
	void reRunningTheSameInboxLoadsNothingTwice() throws Exception {
		Path inbox = accountingInbox();
		CliResult first = run(inbox, "2024-06-14", this.temp.resolve("out-1"));
		assertThat(first.exitCode()).as(first.err()).isEqualTo(3);
		Map<String, Long> before = rowCounts();
		long decisionsPerRun = before.get("run_decision");
		long accessPerRun = before.get("access_snapshot");
		String key = Files.readString(Path.of(warehouse() + ".key"));

		CliResult second = run(inbox, "2024-06-14", this.temp.resolve("out-2"));

		assertThat(second.exitCode()).as(second.err()).isEqualTo(3);
		RunSummary summary = RunSummary.read(this.temp.resolve("out-2"), "2024-06-14");
		assertThat(summary.exitCode()).isEqualTo(3);
		List<String> inputs = Stream.concat(REFERENCE.stream(), Stream.of(RULEBOOK, "contact-creator/cc-2024-06-10.csv",
				"organise/org-2024-06-11.csv", "attendance/signin-2024-06-12.xlsx", "declarations/decl-2024-06.csv"))
			.toList();
		for (String input : inputs) {
			assertFile(summary, input, "skipped", 0, 0, 0, 0, 0);
		}
		assertThat(assertFile(summary, "declarations/decl-no-date.csv", "quarantined", 0, 0, 0, 0, 0).reason())
			.contains("declared_date");
		for (String ignored : List.of("contact-creator/archive", "organise/readme.txt",
				"attendance/~$signin-2024-06-12.xlsx", "reference/seats-2023.csv", "archive", "notes.txt")) {
			assertFile(summary, ignored, "ignored", 0, 0, 0, 0, 0);
		}
		assertThat(summary.files()).hasSize(inputs.size() + 7);
		assertThat(OutputCsv.read(this.temp.resolve("out-2/rejects-2024-06-14.csv"))).hasSize(1);
		Map<String, Long> after = rowCounts();
		assertThat(after.keySet()).isEqualTo(before.keySet());
		Map<String, Long> growth = Map.of("run", 1L, "audit_event", (long) inputs.size() + 1, "run_decision",
				decisionsPerRun, "access_snapshot", accessPerRun);
		for (String table : before.keySet()) {
			assertThat(after.get(table)).as(table).isEqualTo(before.get(table) + growth.getOrDefault(table, 0L));
		}
		// 3 candidates x week 2024-W24 (twinned_sessions), and C002 x Whitsun recess
		assertThat(decisionsPerRun).isEqualTo(4);
		// 3 candidates x 3 tools
		assertThat(accessPerRun).isEqualTo(9);
		// the generated key is reused, so a voter keeps one keyed hash across nights
		assertThat(Files.readString(Path.of(warehouse() + ".key"))).isEqualTo(key);
	}

	// Pins identity by content: the same bytes under a second name are skipped, on
	// the same night and on a later one, with the SHA-256 of the bytes; a quarantined
	// file's bytes under a new name are quarantined again with the same reason, and
	// nothing more loads.
	@Test
	void knowsAFileByItsBytesNotItsName() throws Exception {
		Path inbox = inbox("renamed");
		Path original = inbox.resolve("contact-creator/cc-2024-06-10.csv");
		Files.copy(original, inbox.resolve("contact-creator/cc-resent-2024-06-10.csv"));
		String sha256 = sha256(original);

		CliResult first = run(inbox, "2024-06-10", this.temp.resolve("out-1"));

		assertThat(first.exitCode()).as(first.err()).isEqualTo(3);
		RunSummary night1 = RunSummary.read(this.temp.resolve("out-1"), "2024-06-10");
		assertThat(assertFile(night1, "contact-creator/cc-2024-06-10.csv", "ingested", 2, 2, 0, 0, 0).sha256())
			.isEqualTo(sha256);
		assertThat(assertFile(night1, "contact-creator/cc-resent-2024-06-10.csv", "skipped", 0, 0, 0, 0, 0).sha256())
			.isEqualTo(sha256);
		String reason = assertFile(night1, "declarations/decl-no-date.csv", "quarantined", 0, 0, 0, 0, 0).reason();
		assertThat(reason).contains("declared_date");

		Path later = this.temp.resolve("inbox-night-2");
		Files.createDirectories(later.resolve("contact-creator"));
		Files.createDirectories(later.resolve("declarations"));
		Files.copy(original, later.resolve("contact-creator/cc-2024-06-11.csv"));
		Files.copy(inbox.resolve("declarations/decl-no-date.csv"), later.resolve("declarations/decl-2024-06-11.csv"));
		CliResult second = run(later, "2024-06-11", this.temp.resolve("out-2"));

		assertThat(second.exitCode()).as(second.err()).isEqualTo(3);
		RunSummary night2 = RunSummary.read(this.temp.resolve("out-2"), "2024-06-11");
		assertThat(night2.paths()).containsExactly("contact-creator/cc-2024-06-11.csv",
				"declarations/decl-2024-06-11.csv");
		assertThat(assertFile(night2, "contact-creator/cc-2024-06-11.csv", "skipped", 0, 0, 0, 0, 0).sha256())
			.isEqualTo(sha256);
		assertThat(assertFile(night2, "declarations/decl-2024-06-11.csv", "quarantined", 0, 0, 0, 0, 0).reason())
			.isEqualTo(reason);
		try (WarehouseProbe warehouse = WarehouseProbe.open(warehouse())) {
			assertThat(warehouse.count("SELECT count(*) FROM contact_row")).isEqualTo(2);
			assertThat(warehouse.count("SELECT count(*) FROM declaration_row")).isZero();
		}
	}

	// Pins SPEC §2's special-category rule: after ingesting one contact for every
	// outcome code (and a rejected row), no VARCHAR value in any table holds a
	// fixture voter_ref or equals a multi-letter outcome code, no column is named for
	// either, and the warehouse keeps only 13 distinct keyed hashes and the counted
	// flag (every code counts but NI). The generated key file <warehouse>.key is
	// readable by its owner only.
	@Test
	void keepsNoRawVoterReferenceOrOutcomeInTheWarehouse() throws Exception {
		CliResult result = run(inbox("pseudonyms"), "2024-06-14", this.temp.resolve("out"));

		assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
		assertFile(RunSummary.read(this.temp.resolve("out"), "2024-06-14"), "contact-creator/cc-2024-06-10.csv",
				"ingested", 14, 13, 1, 0, 0);
		try (WarehouseProbe warehouse = WarehouseProbe.open(warehouse())) {
			assertThat(warehouse.count("SELECT count(*) FROM contact_row")).isEqualTo(13);
			assertThat(warehouse.count("SELECT count(DISTINCT voter_hash) FROM contact_row")).isEqualTo(13);
			assertThat(warehouse.count("SELECT count(*) FROM contact_row WHERE counted")).isEqualTo(12);
			assertThat(warehouse.lines("""
					SELECT table_name || '.' || column_name FROM information_schema.columns
					WHERE lower(column_name) LIKE '%outcome%' OR lower(column_name) LIKE '%voter_ref%'
						OR lower(column_name) LIKE '%intention%'""")).isEmpty();
			List<String> columns = warehouse.varcharColumns();
			assertThat(columns).contains("audit_event.payload", "reject.reason", "run.summary_json");
			for (String column : columns) {
				String table = column.substring(0, column.indexOf('.'));
				String name = column.substring(column.indexOf('.') + 1);
				assertThat(warehouse
					.lines("SELECT \"" + name + "\" FROM \"" + table + "\" WHERE \"" + name + "\" ILIKE '%VOTER-ZZ-%'"))
					.as("voter refs in " + column)
					.isEmpty();
				assertThat(warehouse.lines("SELECT \"" + name + "\" FROM \"" + table + "\" WHERE upper(trim(\"" + name
						+ "\")) IN ('LD', 'REF', 'SNP', 'PC', 'DK', 'WNV', 'NI')"))
					.as("outcome codes in " + column)
					.isEmpty();
			}
		}
		Path key = Path.of(warehouse() + ".key");
		assertThat(key).isRegularFile();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
	}

	// Pins that a bad file never stops the others: an empty file, a CSV that is not
	// UTF-8 (bytes FF FE in its third row), a "workbook" that is a renamed CSV, a
	// sheet header without Session, a duplicated required column and a rulebook with
	// an unknown key are quarantined with their reasons and nothing of them loads;
	// the good files beside them load: an upper-case .XLSX, a CSV with a BOM, CRLF
	// line ends and header names in another case, order and padding, and a
	// header-only file, ingested with 0 rows.
	@Test
	void quarantinesBadFilesAndLoadsTheGoodOnesBesideThem() throws Exception {
		Path inbox = inbox("bad-files");
		ByteArrayOutputStream notUtf8 = new ByteArrayOutputStream();
		notUtf8.writeBytes(("contact_id,voter_ref,seat_code,canvasser_id,contacted_at,channel,outcome\n"
				+ "K411,VOTER-ZZ-0411,SF1,CV01,2024-06-10T10:00,door,L\nK412,VOTER-ZZ-0412,SF1,CV")
			.getBytes(StandardCharsets.US_ASCII));
		notUtf8.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFE });
		notUtf8.writeBytes("01,2024-06-10T10:05,door,L\n".getBytes(StandardCharsets.US_ASCII));
		Files.write(inbox.resolve("contact-creator/cc-not-utf8.csv"), notUtf8.toByteArray());
		Workbooks.workbook()
			.sheet("Sign-in",
					(rows) -> rows.row(1, "Date", "Session", "Seat", "Name")
						.row(2, LocalDate.of(2024, 6, 12), "EVE", "BG1", "Alice Able"))
			.writeTo(inbox.resolve("attendance/SIGNIN-GOOD.XLSX"));
		Workbooks.workbook()
			.sheet("Sign-in",
					(rows) -> rows.row(1, "Date", "Seat", "Name")
						.row(2, LocalDate.of(2024, 6, 12), "BG1", "Alice Able"))
			.writeTo(inbox.resolve("attendance/signin-no-session.xlsx"));
		Files.writeString(inbox.resolve("declarations/decl-bom.csv"),
				"\uFEFF Declared_Date ,CANDIDATE_ID,comment\r\n2024-05-30,C002,\"visited, twice\"\r\n",
				StandardCharsets.UTF_8);

		CliResult result = run(inbox, "2024-06-14", this.temp.resolve("out"));

		assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
		RunSummary summary = RunSummary.read(this.temp.resolve("out"), "2024-06-14");
		assertFile(summary, RULEBOOK, "ingested", 0, 0, 0, 0, 0);
		assertThat(assertFile(summary, "rulebooks/hq-field-rules-typo.yaml", "quarantined", 0, 0, 0, 0, 0).reason())
			.contains("twinned_sesions");
		assertFile(summary, "contact-creator/cc-good.csv", "ingested", 2, 2, 0, 0, 0);
		assertThat(assertFile(summary, "contact-creator/cc-empty.csv", "quarantined", 0, 0, 0, 0, 0).reason())
			.contains("empty");
		assertThat(assertFile(summary, "contact-creator/cc-not-utf8.csv", "quarantined", 0, 0, 0, 0, 0).reason())
			.contains("UTF-8");
		assertFile(summary, "organise/org-good.csv", "ingested", 1, 1, 0, 0, 0);
		FileEntry headerOnly = assertFile(summary, "organise/org-header-only.csv", "ingested", 0, 0, 0, 0, 0);
		assertThat(headerOnly.reason()).isNull();
		assertFile(summary, "attendance/SIGNIN-GOOD.XLSX", "ingested", 1, 1, 0, 0, 0);
		assertThat(assertFile(summary, "attendance/signin-no-session.xlsx", "quarantined", 0, 0, 0, 0, 0).reason())
			.containsIgnoringCase("session");
		assertThat(assertFile(summary, "attendance/signin-renamed-csv.xlsx", "quarantined", 0, 0, 0, 0, 0).reason())
			.contains("not a readable workbook");
		assertFile(summary, "declarations/decl-good.csv", "ingested", 1, 1, 0, 0, 0);
		assertFile(summary, "declarations/decl-bom.csv", "ingested", 1, 1, 0, 0, 0);
		assertThat(assertFile(summary, "declarations/decl-twice.csv", "quarantined", 0, 0, 0, 0, 0).reason())
			.contains("candidate_id")
			.contains("more than once");
		assertThat(OutputCsv.read(this.temp.resolve("out/rejects-2024-06-14.csv"))).hasSize(1);
		try (WarehouseProbe warehouse = WarehouseProbe.open(warehouse())) {
			assertThat(warehouse.lines("SELECT contact_id FROM contact_row ORDER BY 1")).containsExactly("K401",
					"K402");
			assertThat(warehouse.lines("SELECT session_id, slot FROM organise_row")).containsExactly("S401|EVE");
			assertThat(warehouse.lines("SELECT name, slot FROM sheet_row")).containsExactly("Alice Able|EVE");
			assertThat(warehouse.lines("SELECT declared_date FROM declaration_row ORDER BY 1"))
				.containsExactly("2024-05-28", "2024-05-30");
			assertThat(warehouse.lines("SELECT version FROM rulebook")).containsExactly("1");
			assertThat(warehouse.lines("SELECT path FROM source_file WHERE status = 'QUARANTINED' ORDER BY 1"))
				.containsExactly("attendance/signin-no-session.xlsx", "attendance/signin-renamed-csv.xlsx",
						"contact-creator/cc-empty.csv", "contact-creator/cc-not-utf8.csv",
						"declarations/decl-twice.csv", "rulebooks/hq-field-rules-typo.yaml");
		}
	}

	// Pins how sign-in sheets are read: the header is found below title rows (row 2's
	// lone "Date" is not a header; rows 1-2 are neither read nor counted); every row
	// after it up to the last holding a value (whitespace counts, row 12) is read;
	// missing rows and rows with neither Name nor Candidate ID are blank; a hidden
	// row and a hidden sheet (its columns in another order) are loaded; an empty
	// sheet is ignored. Dates: an Excel date cell, a plain number as a serial date,
	// text 3/6/2024 as 3 June, text ISO, a formula's cached value. Session words in
	// any case; seat codes matched case-insensitively and stored in the snapshot's
	// spelling; a numeric Candidate ID read as its integer text.
	@Test
	void readsSignInSheetsAsTheOrganiserWroteThem() throws Exception {
		Path inbox = inbox("sheets");
		Workbooks.workbook()
			.sheet("Week 23",
					(rows) -> rows.row(1, "Battle Green sign-in sheet")
						.row(2, "Date", "3 to 9 June")
						.row(3, "Date", "Session", "Seat", "Name", "Candidate ID", "Notes")
						.row(4, LocalDate.of(2024, 6, 3), "AM", "BG1", "Alice Able", "C001")
						.row(5, "3/6/2024", "PM", "BG1", "Bob Baker")
						.row(7, null, null, null, null, null, "left early")
						.hiddenRow(8, LocalDate.of(2024, 6, 5), "Evening", "bg1", "Volunteer Vic")
						.row(9, 45447, "morning", "BG1", null, 1003)
						.row(10, null, null, null, "   ")
						.row(11, "2024-06-06", "AFTERNOON", "BG2", "Cara Cole", "C003")
						.row(12, null, null, null, null, null, " "))
			.hiddenSheet("Archive",
					(rows) -> rows.row(1, "Name", "Date", "Seat", "Session")
						.row(2, "Dan Volunteer", LocalDate.of(2024, 5, 31), "BG2", "am")
						.row(3, "Dan Volunteer", Workbooks.formula("DATE(2024,6,1)"), "BG2", "pm"))
			.sheet("Notes", (rows) -> {
			})
			.writeTo(inbox.resolve("attendance/signin-2024-06-03.xlsx"));

		CliResult result = run(inbox, "2024-06-14", this.temp.resolve("out"));

		assertThat(result.exitCode()).as(result.err()).isZero();
		// Week 23: rows 4-12 read; 4 5 8 9 11 loaded, 6 7 10 12 blank. Archive: 2-3
		assertFile(RunSummary.read(this.temp.resolve("out"), "2024-06-14"), "attendance/signin-2024-06-03.xlsx",
				"ingested", 11, 7, 0, 4, 0);
		try (WarehouseProbe warehouse = WarehouseProbe.open(warehouse())) {
			assertThat(warehouse.lines("""
					SELECT sheet, row_no, local_date, slot, seat_code, name, candidate_id_cell
					FROM sheet_row ORDER BY sheet, row_no""")).containsExactly(
					"Archive|2|2024-05-31|AM|BG2|Dan Volunteer|null", "Archive|3|2024-06-01|PM|BG2|Dan Volunteer|null",
					"Week 23|4|2024-06-03|AM|BG1|Alice Able|C001", "Week 23|5|2024-06-03|PM|BG1|Bob Baker|null",
					"Week 23|8|2024-06-05|EVE|BG1|Volunteer Vic|null", "Week 23|9|2024-06-04|AM|BG1|null|1003",
					"Week 23|11|2024-06-06|PM|BG2|Cara Cole|C003");
			assertThat(warehouse.count("SELECT count(*) FROM reject")).isZero();
		}
	}

	// Pins exit code 2 for an inbox that is not there: a usage error naming the
	// folder, and neither a warehouse nor outputs are created.
	@Test
	void exitsWithUsageErrorWhenTheInboxDoesNotExist() {
		CliResult result = run(this.temp.resolve("no-such-inbox"), "2024-06-14", this.temp.resolve("out"));

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("no-such-inbox").contains("not a folder");
		assertThat(warehouse()).doesNotExist();
		assertThat(this.temp.resolve("out")).doesNotExist();
	}

	// Pins exit code 4 while another process holds <warehouse>.lock: "warehouse
	// busy", nothing ingested and no outputs; once the lock is released the same
	// command runs and loads the inbox.
	@Test
	void exitsBusyWhileTheWarehouseIsHeldAndRunsOnceReleased() throws Exception {
		Path inbox = inbox("duplicates-night-1");
		Files.createDirectories(warehouse().getParent());
		CliResult busy;
		try (FileChannel channel = FileChannel.open(Path.of(warehouse() + ".lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			assertThat(lock).isNotNull();
			busy = run(inbox, "2024-06-14", this.temp.resolve("out"));
		}

		assertThat(busy.exitCode()).isEqualTo(4);
		assertThat(busy.err()).contains("warehouse busy");
		assertThat(warehouse()).doesNotExist();
		assertThat(this.temp.resolve("out/run-summary-2024-06-14.json")).doesNotExist();

		CliResult released = run(inbox, "2024-06-14", this.temp.resolve("out"));

		assertThat(released.exitCode()).as(released.err()).isZero();
		assertFile(RunSummary.read(this.temp.resolve("out"), "2024-06-14"), "contact-creator/cc-2024-06-10.csv",
				"ingested", 3, 3, 0, 0, 0);
	}

	private CliResult run(Path inbox, String asOf, Path out) {
		return cli("run", "--inbox", inbox.toString(), "--as-of", asOf, "--out", out.toString(), "--warehouse",
				warehouse().toString());
	}

	private Path warehouse() {
		return this.temp.resolve("warehouse/canvass.duckdb");
	}

	private Map<String, Long> rowCounts() throws Exception {
		try (WarehouseProbe warehouse = WarehouseProbe.open(warehouse())) {
			return warehouse.rowCounts();
		}
	}

	/**
	 * The accounting inbox with its sign-in workbook: row 2 and row 4 hold sign-ins, row
	 * 3 is missing.
	 */
	private Path accountingInbox() throws Exception {
		Path inbox = inbox("accounting");
		Workbooks.workbook()
			.sheet("Sign-in",
					(rows) -> rows.row(1, "Date", "Session", "Seat", "Name", "Candidate ID")
						.row(2, LocalDate.of(2024, 6, 12), "AM", "BG1", "Alice Able", "C001")
						.row(4, LocalDate.of(2024, 6, 12), "PM", "BG1", "Dan Volunteer"))
			.writeTo(inbox.resolve("attendance/signin-2024-06-12.xlsx"));
		return inbox;
	}

	/**
	 * @param scenario a folder under {@code src/test/resources/ingest/}
	 * @return a copy of it in the test's temporary folder, safe to add files to
	 */
	private Path inbox(String scenario) throws Exception {
		Path source = fixture(scenario);
		Path inbox = this.temp.resolve("inbox-" + scenario);
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Files.copy(file, inbox.resolve(source.relativize(file).toString()));
			}
		}
		return inbox;
	}

	private static Path fixture(String scenario) throws URISyntaxException {
		return Path.of(NightlyIngestFunctionalTests.class.getResource("/ingest/" + scenario).toURI());
	}

	private static FileEntry assertFile(RunSummary summary, String path, String status, int rowsRead, int loaded,
			int rejected, int blank, int duplicates) {
		FileEntry file = summary.file(path);
		assertThat(file.status()).as(path).isEqualTo(status);
		assertThat(file.counts()).as(path + ": rows_read, loaded, rejected, blank, duplicates")
			.containsExactly(rowsRead, loaded, rejected, blank, duplicates);
		return file;
	}

	private static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

}
