package org.canvassaudit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JasperReport;
import org.canvassaudit.report.CompiledReports;
import org.canvassaudit.support.CliResult;
import org.canvassaudit.support.CliTestSupport;
import org.canvassaudit.support.PdfText;
import org.canvassaudit.support.SmallCampaign;
import org.canvassaudit.support.TestInbox;
import org.canvassaudit.support.WarehouseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code evidence-pack} through the command line: one candidate's pack, every candidate's
 * pack for a week, bad usage refused with exit 2, and the committed sample packed with
 * one load of the compiled report.
 */
class EvidencePackIntegrationTests extends CliTestSupport {

	@TempDir
	Path temp;

	@Autowired
	CompiledReports reports;

	// The pack for one candidate lands where --out says, and the command says so,
	// naming the decision's candidate as the roster spells it.
	@Test
	void writesOneCandidatesPackAndSaysWhere() throws IOException {
		Path warehouse = night(SmallCampaign.inBreach(this.temp.resolve("inbox")), "2024-06-10", 0);
		Path pdf = this.temp.resolve("packs/c1.pdf");

		CliResult pack = cli("evidence-pack", "--candidate", "c1", "--week", "2024-W23", "--out", pdf.toString(),
				"--warehouse", warehouse.toString());

		assertThat(pack.exitCode()).as(pack.err()).isZero();
		assertThat(pack.out().strip())
			.isEqualTo("Wrote the evidence pack for C1 Ann Smith, 2024-W23: BREACH (night of 2024-06-10) to " + pdf);
		assertThat(PdfText.of(pdf)).contains("Evidence pack C1 Ann Smith",
				"1 of 2 twinned sessions; 1 more needed by Sunday 9 June",
				"2024-06-04 3 contact-creator/cc-2024-06-04.csv 2-4",
				"2024-06-05 AM E1 organise/organise-2024-06-05.csv row 2 by id (Organise attendee_id)");
		try (Stream<Path> files = Files.list(pdf.getParent())) {
			assertThat(files).containsExactly(pdf);
		}
	}

	// --all writes evidence-pack-<candidate>-<week>.pdf for each candidate with a
	// decision that week, lists them, and says how many.
	@Test
	void writesAPackForEveryCandidateWithADecisionThatWeek() {
		TestInbox inbox = SmallCampaign.inBreach(this.temp.resolve("inbox"))
			.candidates("C1,Ann Smith,E2,candidate,ann@example.org", "C2,Bob Jones,E2,candidate,bob@example.org");
		Path warehouse = night(inbox, "2024-06-10", 0);
		Path dir = this.temp.resolve("packs");

		CliResult pack = cli("evidence-pack", "--all", "--week", "2024-W23", "--out", dir.toString(), "--warehouse",
				warehouse.toString());

		assertThat(pack.exitCode()).as(pack.err()).isZero();
		assertThat(pack.out().strip().split("\n")).containsExactly(
				dir.resolve("evidence-pack-C1-2024-W23.pdf").toString(),
				dir.resolve("evidence-pack-C2-2024-W23.pdf").toString(),
				"Wrote 2 evidence packs for 2024-W23 (night of 2024-06-10) into " + dir);
	}

	// Bad usage is exit 2 with a message that says what to change; nothing is written.
	@Test
	void refusesBadUsage() {
		Path warehouse = night(SmallCampaign.inBreach(this.temp.resolve("inbox")), "2024-06-10", 0);
		Path out = this.temp.resolve("out.pdf");
		String w = warehouse.toString();
		assertUsage(cli("evidence-pack", "--week", "2024-W23", "--out", out.toString(), "--warehouse", w),
				"error: give either --candidate ID or --all, not neither");
		assertUsage(cli("evidence-pack", "--candidate", "C1", "--all", "--week", "2024-W23", "--out", out.toString(),
				"--warehouse", w), "error: give either --candidate ID or --all, not both");
		assertUsage(cli("evidence-pack", "--candidate", "C9", "--week", "2024-W23", "--out", out.toString(),
				"--warehouse", w), "error: no decision for candidate C9 and 2024-W23 on the night of 2024-06-10");
		assertUsage(cli("evidence-pack", "--candidate", "C1", "--week", "2024-W40", "--out", out.toString(),
				"--warehouse", w), "error: no decision for candidate C1 and 2024-W40 on the night of 2024-06-10");
		assertUsage(cli("evidence-pack", "--all", "--week", "Easter recess", "--out", this.temp.toString(),
				"--warehouse", w), "error: no decision for Easter recess on the night of 2024-06-10");
		assertUsage(cli("evidence-pack", "--candidate", "C1", "--week", "2024-W23", "--out", this.temp.toString(),
				"--warehouse", w), "error: --out is the PDF file to write: " + this.temp + " is a folder");
		assertThat(out).doesNotExist();
	}

	// The committed sample, packed for week 2024-W25: one pack per candidate with a
	// decision that week, all from the compiled report loaded once. The rate goes into
	// docs/performance.md.
	@Test
	void packsTheCommittedSampleWithOneLoadOfTheReport() throws IOException {
		Path inbox = this.temp.resolve("sample");
		copy(Path.of("sample-data", "inbox"), inbox);
		Path warehouse = night(TestInbox.at(inbox), "2024-07-08", 3);
		List<String> candidates = WarehouseFiles.query(warehouse, """
				SELECT d.candidate_id FROM run_decision r JOIN decision d USING (decision_seq)
				WHERE d.period = '2024-W25' ORDER BY 1""");
		JasperReport report = this.reports.get("evidence-pack");
		int loaded = this.reports.loadedCount();
		Path dir = this.temp.resolve("packs");

		long start = System.nanoTime();
		CliResult pack = cli("evidence-pack", "--all", "--week", "2024-W25", "--out", dir.toString(), "--warehouse",
				warehouse.toString());
		double seconds = (System.nanoTime() - start) / 1e9;

		assertThat(pack.exitCode()).as(pack.err()).isZero();
		assertThat(candidates).hasSize(18);
		try (Stream<Path> files = Files.list(dir)) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
					candidates.stream().map((id) -> "evidence-pack-" + id + "-2024-W25.pdf").toList());
		}
		assertThat(this.reports.loadedCount()).isEqualTo(loaded);
		assertThat(this.reports.get("evidence-pack")).isSameAs(report);
		assertThat(PdfText.of(dir.resolve("evidence-pack-C0011-2024-W25.pdf"))).contains("C0011 Zoë Brontë",
				"Twinned sessions 4 of 5 required", "4 of 5 twinned sessions; 1 more needed by Sunday 23 June");
		System.out.printf("evidence-pack --all over the sample inbox: %d packs in %.2f s, %.1f packs per second%n",
				candidates.size(), seconds, candidates.size() / seconds);
	}

	private Path night(TestInbox inbox, String asOf, int exitCode) {
		Path warehouse = this.temp.resolve("warehouse.duckdb");
		CliResult night = cli("run", "--inbox", inbox.path().toString(), "--as-of", asOf, "--out",
				this.temp.resolve("out").toString(), "--warehouse", warehouse.toString());
		assertThat(night.exitCode()).as(night.err()).isEqualTo(exitCode);
		return warehouse;
	}

	private static void assertUsage(CliResult result, String message) {
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err().strip()).isEqualTo(message);
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
	}

}
