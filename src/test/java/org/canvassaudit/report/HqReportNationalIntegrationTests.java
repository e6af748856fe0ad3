package org.canvassaudit.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.canvassaudit.audit.AuditTrail;
import org.canvassaudit.ingest.Pseudonymiser;
import org.canvassaudit.nightly.NightlyJobRunner;
import org.canvassaudit.nightly.NightlyRun;
import org.canvassaudit.sample.GeneratorSettings;
import org.canvassaudit.sample.InboxGenerator;
import org.canvassaudit.support.TestInbox;
import org.canvassaudit.warehouse.Warehouse;
import org.canvassaudit.warehouse.WarehouseProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HQ report at national scale: a generated inbox of 650 seats with one candidate
 * each, seven weeks of evidence and the generator's faults, decided for the first time on
 * the Monday after, so every breach of seven weeks turns into access changes on one night
 * and that table runs over many pages.
 * <p>
 * Heap: Failsafe runs this class with {@code -Xmx2g} (the pom's {@code argLine}), and the
 * test checks that bound is in force. It prints the heap's peak while the report renders
 * (about 100 to 220 MiB when measured) and holds the render to a minute (3 to 10 s
 * measured); the whole test, night included, also passes with {@code -Xmx256m}.
 */
@SpringBootTest(properties = "canvass.cli.enabled=false")
class HqReportNationalIntegrationTests {

	private static final long TWO_GIB = 2L * 1024 * 1024 * 1024;

	@Autowired
	NightlyJobRunner runner;

	@Autowired
	HqReport report;

	@TempDir
	Path temp;

	// Every access change of the night and every breach of the latest finished week is in
	// the PDF, every page's footer carries its own number, the page count and the audit
	// head, and the render stays within the heap bound and a minute.
	@Test
	void rendersEveryChangeAndBreachOfAFirstNationalNightWithinTheHeapBound() throws IOException {
		assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(TWO_GIB);
		Path inbox = this.temp.resolve("inbox");
		InboxGenerator.generate(inbox, GeneratorSettings.of(20240603L, 650, 7, 350, 12, true));
		LocalDate asOf = LocalDate.of(2024, 7, 22);
		Path file = this.temp.resolve("warehouse.duckdb");
		Path pdf = this.temp.resolve("hq-report-" + asOf + ".pdf");
		Path out = this.temp.resolve("out");
		try (Warehouse warehouse = Warehouse.open(file, new WarehouseProperties(null, null, null, null))) {
			NightlyRun run = this.runner.run(warehouse, inbox, asOf, out,
					Pseudonymiser.resolve("test-key-0123456789", null, file));
			NightlyOutputs.Night night = new NightlyOutputs.Night(run.runId(), run.asOf(), run.exitCode(), run.files(),
					run.evaluation());
			resetPeaks();
			long start = System.nanoTime();
			this.report.write(warehouse, night, pdf);
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			long peak = heapPeak();
			System.out.printf("HQ report for 650 candidates: %.1f s, heap peak %d MiB of %d MiB%n",
					took.toMillis() / 1000.0, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
			assertThat(took).isLessThan(Duration.ofMinutes(1));
			assertReport(pdf, out, asOf, new AuditTrail(warehouse).head().hash());
		}
	}

	private static void assertReport(Path pdf, Path out, LocalDate asOf, String auditHead) throws IOException {
		List<String> changes = csv(out.resolve("access-changes-" + asOf + ".csv"));
		List<String> breaches = csv(out.resolve("decisions-" + asOf + ".csv")).stream()
			.filter((row) -> row.contains(",2024-W29,twinned_sessions,") && row.contains(",BREACH,"))
			.toList();
		assertThat(changes).hasSizeGreaterThan(300);
		assertThat(breaches).hasSizeGreaterThan(10);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(10);
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= pages; page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				assertThat(stripper.getText(document)).as("page %d", page)
					.contains("As of " + asOf + " · Page " + page + " of " + pages + " · Rulebook v2 · Audit head "
							+ auditHead);
			}
			stripper.setStartPage(1);
			stripper.setEndPage(pages);
			String text = stripper.getText(document);
			assertThat(text).contains("In breach in 2024-W29 " + breaches.size() + "\n")
				.contains(changes.size() + " changes for IT to apply, as in access-changes-" + asOf + ".csv.")
				.contains("3. Tonight's access changes (continued)");
			assertThat(text.split(" → ", -1)).hasSize(changes.size() + 1);
			for (String change : changes) {
				String[] cells = change.split(",", -1);
				assertThat(text).contains(cells[1] + " " + cells[2] + " → " + cells[3] + " " + cells[4])
					.contains(cells[6]);
			}
			for (String breach : breaches) {
				assertThat(text).contains(TestInbox.decisionId(breach));
			}
		}
	}

	private static List<String> csv(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		return lines.subList(1, lines.size());
	}

	private static void resetPeaks() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	private static long heapPeak() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

}
