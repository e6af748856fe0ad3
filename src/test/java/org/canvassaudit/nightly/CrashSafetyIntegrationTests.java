package org.canvassaudit.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.canvassaudit.nightly.ApplicationProcess.Finished;
import org.canvassaudit.sample.GeneratorSettings;
import org.canvassaudit.sample.GeneratorSummary;
import org.canvassaudit.sample.InboxGenerator;
import org.canvassaudit.support.WarehouseProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A night killed with SIGKILL in the middle of any step, then run again with the same
 * command, ends exactly as an uninterrupted night: the same exit code, byte-identical
 * outputs, the same accounting for every row, the same warehouse tables, an intact audit
 * chain; and between the kill and the re-run nothing half-written is visible in
 * {@code --out} (SPEC §5: outputs are written all together or not at all). The HQ report
 * is compared by its text, its footer's audit head excepted: see {@link OutputFolders}.
 * <p>
 * The application runs as a JVM of its own, as on a server, on a generated inbox of some
 * 400,000 contact rows, so that each step lasts long enough to be killed inside.
 */
class CrashSafetyIntegrationTests {

	private static final String AS_OF = "2024-07-03";

	@TempDir
	static Path temp;

	private static Path inbox;

	private static Path referenceOut;

	private static Path referenceWarehouse;

	private static Finished reference;

	private static Map<String, Long> referenceTables;

	// The uninterrupted night every killed one is held to. With the generator's faults
	// (a bad file, bad rows) it finishes with 3.
	@BeforeAll
	static void runAnUninterruptedReferenceNight() throws Exception {
		inbox = temp.resolve("inbox");
		GeneratorSummary generated = InboxGenerator.generate(inbox,
				GeneratorSettings.of(20240603L, 120, 5, 600, 20, true));
		assertThat(generated.contactRows()).isGreaterThan(350_000);
		referenceOut = temp.resolve("reference-out");
		referenceWarehouse = temp.resolve("reference/warehouse.duckdb");
		reference = ApplicationProcess.run(inbox, AS_OF, referenceOut, referenceWarehouse).finish();
		assertThat(reference.exitCode()).as(reference.errText()).isEqualTo(3);
		ApplicationProcess.assertAuditChainHolds(referenceWarehouse);
		RunSummary.read(referenceOut, AS_OF).assertEveryRowAccountedFor();
		try (WarehouseProbe probe = WarehouseProbe.open(referenceWarehouse)) {
			referenceTables = probe.rowCounts();
		}
	}

	// Pins crash safety at each kill point: the kill lands inside the step (its start
	// line shown, its end line not, and the warehouse holds part of the step's work),
	// leaves no visible output, and the re-run of the same command resumes the night to
	// the reference night's exit code, stdout, outputs, accounting and table sizes.
	@ParameterizedTest
	@EnumSource(KillPoint.class)
	void aNightKilledInsideAStepEndsOnTheRerunExactlyAsAnUninterruptedNight(KillPoint point) throws Exception {
		Path out = Files.createDirectories(temp.resolve(point + "/out"));
		Path warehouse = temp.resolve(point + "/warehouse.duckdb");
		ApplicationProcess night = ApplicationProcess.run(inbox, AS_OF, out, warehouse);
		point.awaitKillMoment(night, out);
		List<String> err = night.kill();

		assertThat(err).as("stderr of the killed night").anyMatch((line) -> line.endsWith(point.startedLine()));
		assertThat(err).as("stderr of the killed night").noneMatch((line) -> line.contains(point.finishedLine()));
		assertThat(OutputFolders.visibleEntries(out)).as("visible in --out after the kill").isEmpty();
		assertWarehouseHoldsPartOfTheNight(point, warehouse);

		Finished rerun = ApplicationProcess.run(inbox, AS_OF, out, warehouse).finish();
		assertThat(rerun.exitCode()).as(rerun.errText()).isEqualTo(reference.exitCode());
		assertThat(rerun.out().replace(out.toString(), "OUT"))
			.isEqualTo(reference.out().replace(referenceOut.toString(), "OUT"));
		OutputFolders.assertSameFiles(referenceOut, out);
		List<String> heads = OutputFolders.auditHeads(out.resolve("hq-report-" + AS_OF + ".pdf"));
		RunSummary summary = RunSummary.read(out, AS_OF);
		summary.assertEveryRowAccountedFor();
		assertThat(summary.files()).containsExactlyElementsOf(RunSummary.read(referenceOut, AS_OF).files());
		ApplicationProcess.assertAuditChainHolds(warehouse);
		try (WarehouseProbe probe = WarehouseProbe.open(warehouse)) {
			assertThat(probe.rowCounts()).as("rows in each warehouse table").isEqualTo(referenceTables);
			assertThat(heads).as("audit heads printed in the HQ report").hasSize(1);
			assertThat(probe.count("SELECT count(*) FROM audit_event WHERE hash = ?", heads.get(0)))
				.as("events of this warehouse with the head the report prints")
				.isOne();
		}
	}

	/**
	 * What the killed night's warehouse shows of its progress: the files committed one by
	 * one before the kill, and nothing of a transaction the kill cut short.
	 */
	private static void assertWarehouseHoldsPartOfTheNight(KillPoint point, Path warehouse) throws SQLException {
		try (WarehouseProbe killed = WarehouseProbe.open(warehouse)) {
			assertThat(killed.lines("SELECT status FROM run")).as("runs").containsExactly("STARTED");
			long decisions = killed.count("SELECT count(*) FROM decision");
			long files = killed.count("SELECT count(*) FROM source_file");
			switch (point) {
				case CONTACT_LOAD, ATTENDANCE_LOAD -> {
					String folder = point.inboxFolder() + "%";
					long committed = killed.count("SELECT count(*) FROM source_file WHERE path LIKE ?", folder);
					assertThat(committed).as("files of %s committed before the kill", point.inboxFolder())
						.isBetween(1L,
								referenceCount("SELECT count(*) FROM source_file WHERE path LIKE ?", folder) - 1);
					assertThat(decisions).as("decisions").isZero();
				}
				case EVALUATION -> {
					assertThat(files).as("files").isEqualTo(referenceTables.get("source_file"));
					assertThat(decisions).as("decisions of the cut-short evaluation").isZero();
					assertThat(killed.count("SELECT count(*) FROM access_change")).as("access changes").isZero();
				}
				case REPORT_RENDERING -> {
					assertThat(decisions).as("decisions").isEqualTo(referenceTables.get("decision"));
					assertThat(killed.count("SELECT count(*) FROM access_change")).as("access changes")
						.isEqualTo(referenceTables.get("access_change"));
				}
			}
		}
	}

	private static long referenceCount(String sql, Object... arguments) throws SQLException {
		try (WarehouseProbe probe = WarehouseProbe.open(referenceWarehouse)) {
			return probe.count(sql, arguments);
		}
	}

}
