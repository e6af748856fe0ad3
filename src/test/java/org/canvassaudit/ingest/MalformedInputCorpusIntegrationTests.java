package org.canvassaudit.ingest;

import java.io.BufferedWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.canvassaudit.ingest.CorpusEntry.Check;
import org.canvassaudit.ingest.CorpusEntry.Expected;
import org.canvassaudit.ingest.CorpusNight.SummaryFile;
import org.canvassaudit.support.CliResult;
import org.canvassaudit.support.CliTestSupport;
import org.canvassaudit.support.SmallCampaign;
import org.canvassaudit.support.TestInbox;
import org.canvassaudit.support.WarehouseProbe;
import org.canvassaudit.support.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canvassaudit.ingest.CorpusEntry.entry;
import static org.canvassaudit.ingest.CorpusEntry.madeAtTestTime;

/**
 * The malformed-input corpus ({@code src/test/resources/corpus/}, described entry by
 * entry in its README) through {@code run}: each entry is dropped into a small valid
 * baseline inbox on its own, and the night must quarantine it, reject its bad rows,
 * ignore it or load it exactly as SPEC §2 says, name the file, row and problem, still
 * load every baseline file with its exact counts, and leave a warehouse that agrees with
 * the run summary row for row.
 * <p>
 * The baseline: seats E1 (battleground) and E2 (safe, held); candidate C1 Ann Smith
 * standing in E2, twinned with E1; one recess; rulebook version 1 from 2024-06-03 (more
 * than 2 own-seat contacts call for 2 twinned sessions); contacts K0-K3 in E2 on 4 June
 * (3 counted, 1 not in); a sign-in sheet with C1 and a volunteer in E1 on 5 June. As of
 * 14 June that is a breach in 2024-W23 (3 contacts, 1 twinned session).
 */
class MalformedInputCorpusIntegrationTests extends CliTestSupport {

	private static final String AS_OF = "2024-06-14";

	private static final String CONTACTS = "contact-creator/cc-2024-06-04.csv";

	private static final String SHEET = "attendance/signin-2024-06-05.xlsx";

	private static final String RULEBOOK = "rulebooks/hq-field-rules-v1.yaml";

	/** Every baseline file and its line in the run summary, whatever entry joins it. */
	private static final Map<String, Expected> BASELINE = baselineFiles();

	/** The decisions of the baseline alone: week 23 in breach, week 24 still open. */
	private static final List<String> BASELINE_DECISIONS = List.of("C1,2024-W23,twinned_sessions,1,BREACH,3,1,2",
			"C1,2024-W24,twinned_sessions,1,PENDING,0,0,2");

	/** Where each kind of file's rows go. */
	private static final Map<String, String> TABLES = Map.of("SEATS", "seat_row", "CANDIDATES", "candidate_row",
			"TWINNING", "twinning_row", "RECESS", "recess_row", "RULEBOOK", "rulebook", "CONTACTS", "contact_row",
			"ORGANISE", "organise_row", "ATTENDANCE", "sheet_row", "DECLARATIONS", "declaration_row");

	@TempDir
	Path temp;

	// Pins SPEC §2 for CSV inputs: bytes that are not UTF-8 (Latin-1, UTF-16), an empty
	// file, a missing or duplicated required column, a quote that never closes and a
	// semicolon-separated export are quarantined whole with their reason; a BOM, CRLF
	// line ends, quoted newlines, a header-only file are read as written; duplicate
	// contact ids are duplicates (with conflicts), not rejects; a bad row is rejected
	// naming its row and field while the rest of its file loads.
	@ParameterizedTest(name = "{0}")
	@MethodSource("csvEntries")
	void quarantinesOrRejectsMalformedCsvAndLoadsTheRest(CorpusEntry entry) throws Exception {
		runAndVerify(entry);
	}

	// Pins SPEC §2 for sign-in workbooks: anything that is not a readable .xlsx (a
	// renamed CSV, an empty file, a password, a zip bomb, a truncated download, a
	// legacy .xls) or whose header lacks or repeats a required column is quarantined
	// with a reason an organiser can act on; formulas give their cached values, the
	// 1904 date system is honoured, hidden and very hidden sheets are read, merged
	// header cells do not hide the header.
	@ParameterizedTest(name = "{0}")
	@MethodSource("workbookEntries")
	void readsOrQuarantinesMalformedWorkbooks(CorpusEntry entry) throws Exception {
		runAndVerify(entry);
	}

	// Pins SPEC §2 "Files": odd names (.., spaces, quotes, a comma, unicode) are plain
	// inputs named exactly in every output; a name starting with a dot is hidden and
	// ignored; symbolic links, to a file inside or outside the inbox, dangling, or to a
	// whole folder, are ignored and never read.
	@ParameterizedTest(name = "{0}")
	@MethodSource("nameAndLinkEntries")
	void ignoresLinksAndNamesOddFilesExactly(CorpusEntry entry) throws Exception {
		runAndVerify(entry);
	}

	// Pins SPEC §2 "Rulebooks": unknown keys, wrong types, a version already held with
	// other content, an effective_from already held and text that is not YAML are
	// quarantined naming the key or the clash; a future effective_from is valid, held,
	// and governs nothing yet; version 1 re-sent with only a comment changed is
	// quarantined too (its effective_from is held), saying there is nothing to add.
	@ParameterizedTest(name = "{0}")
	@MethodSource("rulebookEntries")
	void quarantinesMalformedRulebooksAndHoldsFutureOnes(CorpusEntry entry) throws Exception {
		runAndVerify(entry);
	}

	// Pins exit code 2 for an inbox sent as a zip archive instead of a folder: a usage
	// error naming the path, and neither a warehouse nor outputs are created.
	@Test
	void exitsWithUsageErrorForAnInboxSentAsAZipArchive() throws Exception {
		Path zip = corpus().resolve("inbox-sent-as-zip.zip");

		CliResult result = run(zip);

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("error: --inbox: " + zip + " is not a folder");
		assertThat(warehouse()).doesNotExist();
		assertThat(this.temp.resolve("out")).doesNotExist();
	}

	static Stream<CorpusEntry> csvEntries() {
		return Stream.of(entry("contact-creator/cc-latin1.csv").exits(3).quarantined("not valid UTF-8 (at row 3)"),
				entry("contact-creator/cc-utf16le.csv").exits(3).quarantined("not valid UTF-8 (at row 1)"),
				entry("organise/org-utf8-bom.csv").exits(0)
					.ingested(2, 2, 0, 0, 0)
					.then(rows(
							"SELECT row_no, session_id, slot, attendee_id FROM organise_row o JOIN source_file f "
									+ "USING (file_seq) WHERE f.name = 'org-utf8-bom.csv' ORDER BY row_no",
							"2|S101|EVE|C1", "3|S102|AM|M77"))
					.then(decisions("C1,2024-W23,twinned_sessions,1,COMPLIANT,3,2,2", BASELINE_DECISIONS.get(1))),
				entry("organise/org-crlf.csv").exits(0)
					.ingested(2, 2, 0, 0, 0)
					.then(rows("SELECT row_no, session_id, slot, attendee_id FROM organise_row ORDER BY row_no",
							"2|S111|AM|C1", "4|S112|PM|M78")),
				entry("contact-creator/cc-quoted-newlines.csv").exits(0)
					.ingested(3, 3, 0, 0, 0)
					.then(rows(
							"SELECT row_no, contact_id, canvasser_id, channel, counted FROM contact_row "
									+ "WHERE contact_id LIKE 'K11%' ORDER BY row_no",
							"2|K110|CV01\nnight shift|door|true", "3|K111|Smith, J \"Jo\"|phone|true",
							"4|K112|CV02|street|false")),
				entry("contact-creator/cc-empty.csv").exits(3).quarantined("empty file: no header row"),
				entry("organise/org-header-only.csv").exits(0).ingested(0, 0, 0, 0, 0),
				entry("contact-creator/cc-missing-outcome-column.csv").exits(3)
					.quarantined("missing required column: outcome"),
				entry("declarations/decl-duplicate-column.csv").exits(3)
					.quarantined("required column appears more than once: candidate_id"),
				madeAtTestTime("a 10 MB record line, written at test time", "contact-creator/cc-10mb-line.csv",
						MalformedInputCorpusIntegrationTests::tenMegabyteLine)
					.exits(3)
					.ingested(2, 1, 1, 0, 0)
					.rejects("", 2, "voter_ref", "longer than 65536 characters")
					.then(rows("SELECT contact_id FROM contact_row WHERE contact_id LIKE 'K12%'", "K121")),
				entry("contact-creator/cc-duplicate-ids.csv").exits(0)
					.ingested(5, 2, 0, 0, 3)
					.then(conflicts(
							List.of("K0", CONTACTS, "2", "contact-creator/cc-duplicate-ids.csv", "6", "canvasser_id"),
							List.of("K130", "contact-creator/cc-duplicate-ids.csv", "2",
									"contact-creator/cc-duplicate-ids.csv", "5", "channel"),
							List.of("K130", "contact-creator/cc-duplicate-ids.csv", "4",
									"contact-creator/cc-duplicate-ids.csv", "5", "channel"))),
				entry("contact-creator/cc-unknown-seat.csv").exits(3)
					.ingested(3, 2, 1, 0, 0)
					.rejects("", 3, "seat_code", "seat code is in no seats snapshot")
					.then(rows("SELECT contact_id, seat_code FROM contact_row WHERE contact_id LIKE 'K14%' ORDER BY 1",
							"K140|E1", "K142|E1")),
				entry("contact-creator/cc-far-future.csv").exits(0)
					.ingested(2, 2, 0, 0, 0)
					.then(rows("SELECT contact_id, local_date FROM contact_row WHERE contact_id LIKE 'K15%' ORDER BY 1",
							"K150|2099-06-04", "K151|9999-12-31"))
					.then(decisions(BASELINE_DECISIONS.toArray(String[]::new))),
				entry("organise/org-before-campaign.csv").exits(0)
					.ingested(2, 2, 0, 0, 0)
					.then(rows("SELECT session_id, local_date FROM organise_row ORDER BY 1", "S150|1999-06-05",
							"S151|1900-01-01"))
					.then(decisions(BASELINE_DECISIONS.toArray(String[]::new))),
				entry("contact-creator/cc-unterminated-quote.csv").exits(3)
					.quarantined("a quoted field starting at row 3 never ends"),
				entry("organise/org-semicolons.csv").exits(3)
					.quarantined("missing required column: session_id, seat_code, session_start, attendee_id"),
				entry("organise/org-ragged-rows.csv").exits(3)
					.ingested(3, 2, 1, 0, 0)
					.rejects("", 3, "attendee_id", "required but empty")
					.then(rows("SELECT row_no, session_id, attendee_id FROM organise_row ORDER BY 1", "2|S195|M80",
							"4|S197|M81")),
				entry("reference/twinning-unknown-seat.csv", "reference/twinning.csv").exits(3)
					.ingested(2, 1, 1, 0, 0)
					.rejects("", 3, "target_seat_code", "seat code 'XX9' is in no seats snapshot"));
	}

	static Stream<CorpusEntry> workbookEntries() {
		return Stream.of(
				entry("attendance/signin-renamed-csv.xlsx").exits(3)
					.quarantined("not a readable workbook: the file is not an .xlsx (zip) file"),
				entry("attendance/signin-empty.xlsx").exits(3).quarantined("empty file"),
				entry("attendance/signin-password.xlsx").exits(3)
					.quarantined("password-protected workbook: save it without a password as .xlsx"),
				entry("attendance/signin-zip-bomb.xlsx").exits(3)
					.quarantined("rejected as a possible zip bomb (it expands far beyond its size)"),
				entry("attendance/signin-truncated.xlsx").exits(3)
					.quarantined("not a readable workbook: the .xlsx (zip) file is damaged or incomplete"),
				entry("attendance/signin-legacy-xls.xlsx").exits(3)
					.quarantined("a legacy .xls workbook, not .xlsx: save it as .xlsx"),
				entry("attendance/signin-formulas.xlsx").exits(0)
					.ingested(2, 2, 0, 0, 0)
					.then(sheetRows("signin-formulas.xlsx", "Sign-in|2|2024-06-06|EVE|E1|Ann Smith|C1",
							"Sign-in|3|2024-06-07|AM|E1|Volunteer Vic|null")),
				entry("attendance/signin-formula-errors.xlsx").exits(3)
					.ingested(3, 1, 2, 0, 0)
					.rejects("Sign-in", 2, "Date", "'#DIV/0!' is not a date (D/M/YYYY or YYYY-MM-DD)")
					.rejects("Sign-in", 3, "Seat", "seat code '#N/A' is in no seats snapshot"),
				entry("attendance/signin-formula-no-cached-value.xlsx").exits(3)
					.ingested(2, 1, 1, 0, 0)
					.rejects("Sign-in", 2, "Date", "required but empty"),
				entry("attendance/signin-1904-dates.xlsx").exits(0)
					.ingested(2, 2, 0, 0, 0)
					.then(sheetRows("signin-1904-dates.xlsx", "Sign-in|2|2024-06-06|AM|E1|Ann Smith|C1",
							"Sign-in|3|2024-06-07|PM|E1|Volunteer Vic|null")),
				entry("attendance/signin-hidden-sheets.xlsx").exits(0)
					.ingested(2, 2, 0, 0, 0)
					.then(sheetRows("signin-hidden-sheets.xlsx", "Week 23|2|2024-06-06|AM|E1|Ann Smith|C1",
							"Week 23 (old)|2|2024-06-07|PM|E1|Volunteer Vic|null")),
				entry("attendance/signin-merged-header.xlsx").exits(0)
					.ingested(3, 2, 0, 1, 0)
					.then(sheetRows("signin-merged-header.xlsx", "Sign-in|4|2024-06-06|AM|E1|Ann Smith|C1",
							"Sign-in|5|2024-06-06|PM|E1|Volunteer Vic|null")),
				entry("attendance/signin-merged-dates.xlsx").exits(3)
					.ingested(3, 1, 2, 0, 0)
					.rejects("Sign-in", 3, "Date", "required but empty")
					.rejects("Sign-in", 4, "Date", "required but empty"),
				entry("attendance/signin-missing-seat-column.xlsx").exits(3)
					.quarantined("sheet 'Sign-in': header lacks the required column seat"),
				entry("attendance/signin-duplicate-name-column.xlsx").exits(3)
					.quarantined("sheet 'Sign-in': column name appears more than once"),
				entry("attendance/signin-two-notes-columns.xlsx").exits(0).ingested(1, 1, 0, 0, 0),
				entry("attendance/signin-unknown-seat.xlsx").exits(3)
					.ingested(2, 1, 1, 0, 0)
					.rejects("Sign-in", 2, "Seat", "seat code 'XX1' is in no seats snapshot"));
	}

	static Stream<CorpusEntry> nameAndLinkEntries() {
		return Stream.of(
				entry("contact-creator/cc-dotdot.csv", "contact-creator/cc-..-2024-06-05.csv").exits(0)
					.ingested(1, 1, 0, 0, 0),
				entry("contact-creator/cc-dotdot-hidden.csv", "contact-creator/..cc-2024-06-05.csv").exits(0)
					.ignored("hidden file")
					.then(rows("SELECT count(*) FROM contact_row WHERE contact_id = 'K161'", "0")),
				entry("organise/org-spaces.csv", "organise/org 2024 06 06 (copy).csv").exits(0).ingested(1, 1, 0, 0, 0),
				entry("declarations/decl-unicode.csv", "declarations/décl-Zoë-日本語.csv").exits(0)
					.ingested(1, 1, 0, 0, 0),
				entry("organise/org-quotes.csv", "organise/org-\"night\" 'shift', late.csv").exits(3)
					.ingested(2, 1, 1, 0, 0)
					.rejects("", 3, "attendee_id", "required but empty"),
				madeAtTestTime("a symbolic link to a baseline file", "contact-creator/cc-link-inside.csv",
						(inbox, corpus) -> Files.createSymbolicLink(inbox.resolve("contact-creator/cc-link-inside.csv"),
								Path.of("cc-2024-06-04.csv")))
					.exits(0)
					.ignored("symbolic link"),
				madeAtTestTime("a symbolic link to a file outside the inbox", "contact-creator/cc-link-outside.csv",
						(inbox, corpus) -> Files.createSymbolicLink(
								inbox.resolve("contact-creator/cc-link-outside.csv"),
								corpus.resolve("contact-creator/cc-link-target.csv")))
					.exits(0)
					.ignored("symbolic link")
					.then(rows("SELECT count(*) FROM contact_row WHERE contact_id = 'K170'", "0")),
				madeAtTestTime("a dangling symbolic link", "contact-creator/cc-link-dangling.csv",
						(inbox, corpus) -> Files.createSymbolicLink(
								inbox.resolve("contact-creator/cc-link-dangling.csv"), Path.of("../../no-such.csv")))
					.exits(0)
					.ignored("symbolic link"),
				madeAtTestTime("a symbolic link standing for the declarations folder", "declarations",
						(inbox, corpus) -> Files.createSymbolicLink(inbox.resolve("declarations"),
								corpus.resolve("linked-folder")))
					.exits(0)
					.ignored("symbolic link")
					.then(rows("SELECT count(*) FROM declaration_row", "0")));
	}

	static Stream<CorpusEntry> rulebookEntries() {
		return Stream.of(
				entry("rulebooks/hq-field-rules-unknown-key.yaml").exits(3)
					.quarantined("unknown key 'twinned_sessions.grace_weeks'"),
				entry("rulebooks/hq-field-rules-wrong-type.yaml").exits(3)
					.quarantined("wrong type for 'twinned_sessions.required_twinned_sessions': "
							+ "expected a whole number, found String 'five'"),
				entry("rulebooks/hq-field-rules-wrong-date-type.yaml").exits(3)
					.quarantined(
							"wrong type for 'effective_from': expected a date YYYY-MM-DD, found String '10/06/2024'"),
				entry("rulebooks/hq-field-rules-version-1-again.yaml").exits(3)
					.quarantined("version 1 is already held (rulebooks/hq-field-rules-v1.yaml) with other content"),
				entry("rulebooks/hq-field-rules-version-1-resent.yaml").exits(3)
					.quarantined("version 1 is already held (rulebooks/hq-field-rules-v1.yaml) with the same rules: "
							+ "nothing to add")
					.then(decisions(BASELINE_DECISIONS.toArray(String[]::new))),
				entry("rulebooks/hq-field-rules-v2-future.yaml").exits(0)
					.ingested(0, 0, 0, 0, 0)
					.then(rows("SELECT version, effective_from FROM rulebook ORDER BY 1", "1|2024-06-03",
							"2|2030-01-07"))
					.then(decisions(BASELINE_DECISIONS.toArray(String[]::new))),
				entry("rulebooks/hq-field-rules-v3-same-date.yaml").exits(3)
					.quarantined(
							"effective_from 2024-06-03 is already held by version 1 (rulebooks/hq-field-rules-v1.yaml)"),
				entry("rulebooks/hq-field-rules-not-yaml.yaml").exits(3)
					.quarantined("not valid YAML: expected ',' or ']', but got : (line 9, column 5)"),
				entry("rulebooks/hq-field-rules-duplicate-key.yaml").exits(3)
					.quarantined("not valid YAML: found duplicate key version (line 3, column 1)"));
	}

	private void runAndVerify(CorpusEntry entry) throws Exception {
		Path inbox = baseline(this.temp.resolve("inbox"));
		entry.placeIn(inbox, corpus());

		CliResult result = run(inbox);

		assertThat(result.exitCode()).as(result.err()).isEqualTo(entry.exitCode());
		CorpusNight night = CorpusNight.read(this.temp.resolve("out"), AS_OF);
		assertThat(night.exitCode()).isEqualTo(entry.exitCode());
		Map<String, Expected> expected = new LinkedHashMap<>(BASELINE);
		expected.putAll(entry.files());
		assertThat(night.paths()).containsExactlyInAnyOrderElementsOf(expected.keySet());
		for (SummaryFile file : night.files()) {
			assertSummaryLine(file, expected.get(file.path()), inbox, result);
		}
		List<List<String>> rejects = new ArrayList<>();
		rejects.add(List.of("file", "sheet", "row", "field", "reason"));
		rejects.addAll(entry.rejects());
		assertThat(night.csv("rejects-" + AS_OF + ".csv")).containsExactlyElementsOf(rejects);
		try (WarehouseProbe warehouse = WarehouseProbe.open(warehouse())) {
			assertWarehouseAgrees(night, warehouse);
			for (Check check : entry.checks()) {
				check.verify(night, warehouse);
			}
		}
	}

	/**
	 * The file's line says what was expected, its counts reconcile, an input's SHA-256 is
	 * that of its bytes, and a quarantine is also reported on the command's output.
	 */
	private static void assertSummaryLine(SummaryFile file, Expected expected, Path inbox, CliResult result)
			throws Exception {
		String path = file.path();
		assertThat(file.status()).as(path).isEqualTo(expected.status());
		assertThat(file.reason()).as(path).isEqualTo(expected.reason());
		assertThat(file.counts()).as(path + ": rows_read, loaded, rejected, blank, duplicates")
			.isEqualTo(expected.counts());
		List<Integer> counts = file.counts();
		assertThat(counts.get(0)).as(path + " reconciles")
			.isEqualTo(counts.get(1) + counts.get(2) + counts.get(3) + counts.get(4));
		if (file.status().equals("ignored")) {
			assertThat(file.sha256()).as(path).isNull();
		}
		else {
			assertThat(file.sha256()).as(path).isEqualTo(sha256(inbox.resolve(path)));
		}
		if (file.status().equals("quarantined")) {
			assertThat(result.out()).contains("  quarantined " + path + ": " + file.reason() + "\n");
		}
	}

	/**
	 * The ledger holds exactly the files read, with the summary's status, reason and
	 * counts; each file's rows sit in its kind's table (a contact export keeps its
	 * duplicates too), its rejects in the reject table, and nothing of it anywhere else.
	 */
	private static void assertWarehouseAgrees(CorpusNight night, WarehouseProbe warehouse) throws Exception {
		List<String> read = night.files()
			.stream()
			.filter((file) -> !file.status().equals("ignored"))
			.map((file) -> String.join("|", file.path(), file.sha256(), file.status().toUpperCase(),
					String.valueOf(file.reason()), joined(file.counts())))
			.toList();
		assertThat(warehouse.lines("""
				SELECT path, sha256, status, reason, concat_ws('|', rows_read, loaded, rejected, blank, duplicates)
				FROM source_file ORDER BY file_seq""")).containsExactlyElementsOf(read);
		for (String line : warehouse.lines("SELECT file_seq, path, kind, status, loaded + duplicates, rejected "
				+ "FROM source_file ORDER BY file_seq")) {
			String[] file = line.split("\\|");
			String home = TABLES.get(file[2]);
			boolean ingested = file[3].equals("INGESTED");
			for (String table : TABLES.values()) {
				long expected = !table.equals(home) ? 0
						: table.equals("rulebook") ? (ingested ? 1 : 0) : Long.parseLong(file[4]);
				assertThat(warehouse.count("SELECT count(*) FROM " + table + " WHERE file_seq = ?",
						Integer.parseInt(file[0])))
					.as(file[1] + " rows in " + table)
					.isEqualTo(expected);
			}
			assertThat(warehouse.count("SELECT count(*) FROM reject WHERE file_seq = ?", Integer.parseInt(file[0])))
				.as(file[1] + " rejects")
				.isEqualTo(Long.parseLong(file[5]));
		}
	}

	private static Check rows(String sql, String... expected) {
		return (night, warehouse) -> assertThat(warehouse.lines(sql)).as(sql).containsExactly(expected);
	}

	private static Check sheetRows(String fileName, String... expected) {
		return rows("""
				SELECT sheet, row_no, local_date, slot, seat_code, sheet_row.name, candidate_id_cell
				FROM sheet_row JOIN source_file USING (file_seq)
				WHERE source_file.name = '%s' ORDER BY sheet, row_no""".formatted(fileName), expected);
	}

	/** The night's decisions, every column but the decision id. */
	private static Check decisions(String... expected) {
		return (night,
				warehouse) -> assertThat(night.csv("decisions-" + AS_OF + ".csv")
					.stream()
					.skip(1)
					.map((row) -> String.join(",", row.subList(0, 8)))).containsExactly(expected);
	}

	@SafeVarargs
	private static Check conflicts(List<String>... expected) {
		return (night, warehouse) -> {
			List<List<String>> lines = new ArrayList<>();
			lines.add(List.of("contact_id", "file", "row", "winning_file", "winning_row", "field"));
			lines.addAll(List.of(expected));
			assertThat(night.csv("conflicts-" + AS_OF + ".csv")).containsExactlyElementsOf(lines);
		};
	}

	/**
	 * A contact export whose second line is one record of more than 10 MB (a voter_ref
	 * without end), followed by a good record: written here rather than committed.
	 */
	private static void tenMegabyteLine(Path inbox, Path corpus) throws java.io.IOException {
		Path file = inbox.resolve("contact-creator/cc-10mb-line.csv");
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("contact_id,voter_ref,seat_code,canvasser_id,contacted_at,channel,outcome\nK120,");
			char[] chunk = new char[64 * 1024];
			java.util.Arrays.fill(chunk, 'V');
			for (int i = 0; i < 160; i++) {
				out.write(chunk);
			}
			out.write(",E2,CV01,2024-06-05T10:00,door,L\nK121,V121,E2,CV01,2024-06-05T10:05,door,L\n");
		}
	}

	private static TestInbox baselineInbox(Path dir) {
		return TestInbox.at(dir)
			.seats("E1,Alpha,North,battleground,false,2024-01-01", "E2,Beta,North,safe,true,2024-01-01")
			.candidates("C1,Ann Smith,E2,candidate,ann@example.org")
			.twinning("C1,E1,2024-01-01,")
			.recess("Whitsun recess,2024-05-23,2024-06-02")
			.rulebook("hq-field-rules-v1.yaml", SmallCampaign.RULEBOOK)
			.contactsOn("cc-2024-06-04.csv", "K", "E2", LocalDate.of(2024, 6, 4), 3, 1);
	}

	private static Path baseline(Path dir) {
		Path inbox = baselineInbox(dir).path();
		Workbooks.workbook()
			.sheet("Sign-in",
					(rows) -> rows.row(1, "Date", "Session", "Seat", "Name", "Candidate ID")
						.row(2, LocalDate.of(2024, 6, 5), "AM", "E1", "Ann Smith", "C1")
						.row(3, LocalDate.of(2024, 6, 5), "PM", "E1", "Volunteer Val"))
			.writeTo(inbox.resolve(SHEET));
		return inbox;
	}

	private static Map<String, Expected> baselineFiles() {
		Map<String, Expected> files = new LinkedHashMap<>();
		files.put("reference/seats.csv", Expected.ingested(2, 2, 0, 0, 0));
		files.put("reference/candidates.csv", Expected.ingested(1, 1, 0, 0, 0));
		files.put("reference/twinning.csv", Expected.ingested(1, 1, 0, 0, 0));
		files.put("reference/recess.csv", Expected.ingested(1, 1, 0, 0, 0));
		files.put(RULEBOOK, Expected.ingested(0, 0, 0, 0, 0));
		files.put(CONTACTS, Expected.ingested(4, 4, 0, 0, 0));
		files.put(SHEET, Expected.ingested(2, 2, 0, 0, 0));
		return Map.copyOf(files);
	}

	private CliResult run(Path inbox) {
		return cli("run", "--inbox", inbox.toString(), "--as-of", AS_OF, "--out", this.temp.resolve("out").toString(),
				"--warehouse", warehouse().toString());
	}

	private Path warehouse() {
		return this.temp.resolve("warehouse/canvass.duckdb");
	}

	private static Path corpus() throws URISyntaxException {
		return Path.of(MalformedInputCorpusIntegrationTests.class.getResource("/corpus").toURI());
	}

	private static String joined(List<Integer> counts) {
		return String.join("|", counts.stream().map(String::valueOf).toList());
	}

	private static String sha256(Path file) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (var in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
