package org.canvassaudit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.canvassaudit.oracle.AccessRow;
import org.canvassaudit.oracle.DecisionRow;
import org.canvassaudit.oracle.Oracle;
import org.canvassaudit.oracle.OracleInbox;
import org.canvassaudit.oracle.PlainCsv;
import org.canvassaudit.sample.GeneratorSettings;
import org.canvassaudit.sample.InboxGenerator;
import org.canvassaudit.support.CliResult;
import org.canvassaudit.support.CliTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole-application tests of {@code run}: the decisions and access files of a first run
 * are compared, row for row, with what an independent oracle in test scope
 * ({@link Oracle}) computes from the same inbox by SPEC §2 and §3, without any of the
 * product's ingest, rules, evaluation or access code.
 */
class EndToEndIntegrationTests extends CliTestSupport {

	private static final List<String> DECISIONS_HEADER = List.of("candidate_id", "week", "rule", "rulebook_version",
			"status", "own_seat_contacts", "twinned_sessions", "required_sessions", "decision_id");

	private static final List<String> ACCESS_HEADER = List.of("candidate_id", "tool", "state", "since", "reason",
			"decision_id");

	@TempDir
	Path temp;

	/**
	 * A generated inbox of four weeks, run on the Monday after them: W23 to W26 are
	 * decided, W27 is pending with nothing in it yet, the Whitsun recess is over. Two
	 * runs into two fresh warehouses give byte-identical files, decision ids included.
	 */
	@Test
	void firstRunAfterTheLastWeekMatchesTheOracleAndIsReproducible() throws IOException {
		Path inbox = generate(GeneratorSettings.of(7L, 12, 4, 600, 3, false));
		LocalDate asOf = LocalDate.of(2024, 7, 1);
		Path first = run(inbox, asOf, "first", 0);
		Path second = run(inbox, asOf, "second", 0);
		Oracle oracle = new Oracle(OracleInbox.read(inbox), asOf);
		assertOutputsMatch(oracle, first, asOf);
		assertThat(statuses(oracle)).containsExactlyInAnyOrder("PENDING", "NOT_APPLICABLE", "COMPLIANT", "BREACH");
		assertThat(oracle.access()).extracting(AccessRow::state).contains("GRANTED", "REVOKED", "DENIED");
		assertThat(oracle.access()).extracting(AccessRow::reason).anyMatch((r) -> r.startsWith("compliant "));
		assertThat(Files.readString(second.resolve("decisions-" + asOf + ".csv")))
			.isEqualTo(Files.readString(first.resolve("decisions-" + asOf + ".csv")));
		assertThat(Files.readString(second.resolve("access-" + asOf + ".csv")))
			.isEqualTo(Files.readString(first.resolve("access-" + asOf + ".csv")));
	}

	/**
	 * The committed sample, faults and all (a quarantined export, rejected rows, a
	 * future-dated contact, a hidden sheet, misspelt and shared names), run on Monday 8
	 * July: five finished weeks and a pending W28. The run exits 3 for its rejects. The
	 * oracle itself is first held to the figures sample-data/README.md worked out by
	 * hand.
	 */
	@Test
	void committedSampleMatchesTheOracle() throws IOException {
		Path inbox = this.temp.resolve("sample");
		copy(Path.of("sample-data", "inbox"), inbox);
		LocalDate asOf = LocalDate.of(2024, 7, 8);
		Path out = run(inbox, asOf, "sample", 3);
		Oracle oracle = new Oracle(OracleInbox.read(inbox), asOf);
		assertThat(readmeFigures(oracle)).isEqualTo(SampleFigures.README_TABLE);
		assertOutputsMatch(oracle, out, asOf);
	}

	/**
	 * The sample plus files that reach what the generator never does (see
	 * {@link CraftedEvidence}): C0009's W25 falls to the threshold once a later export
	 * turns 61 contacts into NI, so C0009 is never revoked; UTC Organise times give C0005
	 * five twinned sessions in the NOT_APPLICABLE W25, which restores the tools its W23
	 * breach revoked; a hand-made 1904 workbook makes C0011 compliant in W23 to W25 and
	 * leaves the breaches of W26 and W27, so C0011 is revoked from 1 July instead of 10
	 * June; C0017's seat turns unwinnable on 3 July, which dates its denial.
	 */
	@Test
	void craftedEvidenceMatchesTheOracle() throws IOException {
		Path inbox = this.temp.resolve("crafted");
		copy(Path.of("sample-data", "inbox"), inbox);
		CraftedEvidence.addTo(inbox);
		LocalDate asOf = LocalDate.of(2024, 7, 8);
		Path out = run(inbox, asOf, "crafted", 3);
		Oracle oracle = new Oracle(OracleInbox.read(inbox), asOf);
		assertThat(figures(oracle, "C0005", "C0009", "C0011")).isEqualTo("""
				C0005 2024-W23 510/2 BREACH
				C0005 2024-W24 510/2 BREACH
				C0005 2024-W25 30/5 NOT_APPLICABLE
				C0005 2024-W26 31/3 NOT_APPLICABLE
				C0005 2024-W27 32/2 NOT_APPLICABLE
				C0009 2024-W23 512/5 COMPLIANT
				C0009 2024-W24 509/5 COMPLIANT
				C0009 2024-W25 449/2 NOT_APPLICABLE
				C0009 2024-W26 510/5 COMPLIANT
				C0009 2024-W27 511/5 COMPLIANT
				C0011 2024-W23 511/5 COMPLIANT
				C0011 2024-W24 510/5 COMPLIANT
				C0011 2024-W25 511/5 COMPLIANT
				C0011 2024-W26 511/4 BREACH
				C0011 2024-W27 511/4 BREACH
				""");
		assertThat(oracle.access()).filteredOn((row) -> row.tool().equals("organise"))
			.filteredOn((row) -> List.of("C0005", "C0009", "C0011").contains(row.candidateId()))
			.extracting(AccessRow::toString)
			.containsExactly("C0005,organise,GRANTED,2024-06-24,compliant 2024-W25", "C0009,organise,GRANTED,,",
					"C0011,organise,REVOKED,2024-07-01,breach 2024-W26");
		assertThat(oracle.access()).extracting(AccessRow::toString)
			.contains("C0017,contact_creator,DENIED,2024-07-03,classification unwinnable");
		assertOutputsMatch(oracle, out, asOf);
	}

	/**
	 * An as-of date on the Wednesday of W26: that week is PENDING and its figures count
	 * only the contacts and sessions dated Monday to Wednesday; later rows of the same
	 * files wait for a later night.
	 */
	@Test
	void midWeekAsOfLeavesThatWeekPendingWithItsFiguresSoFar() throws IOException {
		Path inbox = generate(GeneratorSettings.of(11L, 9, 4, 600, 2, false));
		LocalDate asOf = LocalDate.of(2024, 6, 26);
		Path out = run(inbox, asOf, "midweek", 0);
		Oracle oracle = new Oracle(OracleInbox.read(inbox), asOf);
		assertOutputsMatch(oracle, out, asOf);
		Map<String, DecisionRow> soFar = byCandidate(oracle.decisions(), "2024-W26");
		Map<String, DecisionRow> whole = byCandidate(
				new Oracle(OracleInbox.read(inbox), LocalDate.of(2024, 7, 1)).decisions(), "2024-W26");
		assertThat(soFar.values()).extracting(DecisionRow::status).containsOnly("PENDING");
		assertThat(soFar.get("C0002").ownSeatContacts()).isNotEqualTo("0");
		assertThat(Integer.parseInt(soFar.get("C0002").ownSeatContacts()))
			.isLessThan(Integer.parseInt(whole.get("C0002").ownSeatContacts()));
		assertThat(Integer.parseInt(soFar.get("C0002").twinnedSessions()))
			.isLessThanOrEqualTo(Integer.parseInt(whole.get("C0002").twinnedSessions()));
	}

	/**
	 * Four weeks of daily exports sent again as one export of about 300,000 rows: a bulk
	 * load of many Arrow batches and more than two of DuckDB's row groups
	 * ({@code warehouse/BulkLoad}). Every row is accounted for and the decisions still
	 * equal the oracle's.
	 */
	@Test
	void oneExportOfHundredsOfThousandsOfRowsMatchesTheOracle() throws IOException {
		Path inbox = generate(GeneratorSettings.of(13L, 12, 4, 6000, 2, false));
		Path exports = inbox.resolve("contact-creator");
		List<Path> daily;
		try (Stream<Path> files = Files.list(exports)) {
			daily = files.sorted().toList();
		}
		int rows = 0;
		try (BufferedWriter one = Files.newBufferedWriter(exports.resolve("cc-all.csv"))) {
			for (Path export : daily) {
				List<String> lines = Files.readAllLines(export);
				for (String line : (export == daily.get(0)) ? lines : lines.subList(1, lines.size())) {
					one.write(line);
					one.write('\n');
				}
				rows += lines.size() - 1;
				Files.delete(export);
			}
		}
		assertThat(rows).isGreaterThan(2 * 122_880);
		LocalDate asOf = LocalDate.of(2024, 7, 1);
		Path out = run(inbox, asOf, "one-export", 0);
		String summary = Files.readString(out.resolve("run-summary-" + asOf + ".json"));
		List<Map<String, Object>> file = JsonPath.read(summary, "$.files[?(@.path == 'contact-creator/cc-all.csv')]");
		assertThat(file).hasSize(1);
		assertThat(file.get(0)).containsEntry("status", "ingested")
			.containsEntry("rows_read", rows)
			.containsEntry("rejected", 0)
			.containsEntry("blank", 0);
		assertThat((int) file.get(0).get("loaded") + (int) file.get(0).get("duplicates")).isEqualTo(rows);
		assertOutputsMatch(new Oracle(OracleInbox.read(inbox), asOf), out, asOf);
	}

	/**
	 * Both files equal the oracle's rows, in order; every decision id is 16 hex digits,
	 * and an access row names the decision of the week in its reason, or none.
	 */
	private void assertOutputsMatch(Oracle oracle, Path out, LocalDate asOf) throws IOException {
		List<List<String>> decisions = PlainCsv.read(out.resolve("decisions-" + asOf + ".csv"));
		assertThat(decisions.get(0)).isEqualTo(DECISIONS_HEADER);
		List<List<String>> decisionRows = decisions.subList(1, decisions.size());
		assertThat(decisionRows.stream().map(DecisionRow::of).toList()).containsExactlyElementsOf(oracle.decisions());
		assertThat(decisionRows).allSatisfy((row) -> assertThat(row.get(8)).matches("[0-9a-f]{16}"));
		Map<String, String> ids = new HashMap<>();
		decisionRows.forEach((row) -> ids.put(row.get(0) + " " + row.get(1), row.get(8)));

		List<List<String>> access = PlainCsv.read(out.resolve("access-" + asOf + ".csv"));
		assertThat(access.get(0)).isEqualTo(ACCESS_HEADER);
		List<List<String>> accessRows = access.subList(1, access.size());
		assertThat(accessRows.stream().map(AccessRow::of).toList()).containsExactlyElementsOf(oracle.access());
		assertThat(accessRows).allSatisfy((row) -> {
			String reason = row.get(4);
			String week = reason.startsWith("breach ") || reason.startsWith("compliant ")
					? reason.substring(reason.indexOf(' ') + 1) : null;
			String expected = (week != null) ? ids.get(row.get(0) + " " + week) : "";
			assertThat(row.get(5)).as("decision_id of %s", row).isEqualTo(expected);
		});
	}

	private Path run(Path inbox, LocalDate asOf, String name, int exitCode) {
		Path out = this.temp.resolve(name + "-out");
		CliResult result = cli("run", "--inbox", inbox.toString(), "--as-of", asOf.toString(), "--out", out.toString(),
				"--warehouse", this.temp.resolve(name + ".duckdb").toString());
		assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(exitCode);
		return out;
	}

	private Path generate(GeneratorSettings settings) throws IOException {
		Path inbox = this.temp.resolve("inbox-" + settings.seed());
		InboxGenerator.generate(inbox, settings);
		return inbox;
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(from.relativize(file).toString()));
			}
		}
	}

	private static List<String> statuses(Oracle oracle) {
		return oracle.decisions().stream().map(DecisionRow::status).distinct().toList();
	}

	private static Map<String, DecisionRow> byCandidate(List<DecisionRow> decisions, String week) {
		Map<String, DecisionRow> rows = new HashMap<>();
		decisions.stream().filter((d) -> d.week().equals(week)).forEach((d) -> rows.put(d.candidateId(), d));
		return rows;
	}

	/** The oracle's decisions in the shape of the README's table. */
	private static String readmeFigures(Oracle oracle) {
		return figures(oracle, SampleFigures.README_CANDIDATES.toArray(String[]::new));
	}

	/**
	 * Finished weeks as {@code contacts/sessions STATUS}, recesses as
	 * {@code days STATUS}.
	 */
	private static String figures(Oracle oracle, String... candidates) {
		StringBuilder table = new StringBuilder();
		for (DecisionRow row : oracle.decisions()) {
			if (!List.of(candidates).contains(row.candidateId()) || row.status().equals("PENDING")) {
				continue;
			}
			String figures = row.rule().equals("recess_visits") ? row.twinnedSessions()
					: row.ownSeatContacts() + "/" + row.twinnedSessions();
			table.append(String.join(" ", row.candidateId(), row.week(), figures, row.status())).append('\n');
		}
		return table.toString();
	}

}
