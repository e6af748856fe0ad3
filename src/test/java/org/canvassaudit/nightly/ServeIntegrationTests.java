package org.canvassaudit.nightly;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.canvassaudit.nightly.ApplicationProcess.Finished;
import org.canvassaudit.sample.GeneratorSettings;
import org.canvassaudit.sample.InboxGenerator;
import org.canvassaudit.support.WarehouseProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve} as a server runs it: its own JVM, a fast schedule from the environment,
 * and SIGTERM to stop it, as systemd sends.
 */
class ServeIntegrationTests {

	/** Every three seconds: Spring cron, seconds first. */
	private static final Map<String, String> FAST = Map.of("CANVASS_SERVE_CRON", "*/3 * * * * *");

	@TempDir
	Path temp;

	// Pins serve: it runs the night twice on its schedule (the first loads the inbox, the
	// second skips every file), evaluating up to the day before each start; SIGTERM sent
	// while the second night runs lets it finish, then serve logs "serve: stopped" and
	// exits 0; two runs are recorded and the audit chain holds.
	@Test
	void runsTheNightOnItsScheduleAndStopsCleanlyOnSigterm() throws Exception {
		Path inbox = this.temp.resolve("inbox");
		InboxGenerator.generate(inbox, GeneratorSettings.of(20240603L, 12, 2, 100, 2, false));
		Path out = this.temp.resolve("out");
		Path warehouse = this.temp.resolve("warehouse.duckdb");
		LocalDate asOf = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);
		ApplicationProcess serve = ApplicationProcess.start(FAST, "serve", "--inbox", inbox.toString(), "--out",
				out.toString(), "--warehouse", warehouse.toString());
		String first = serve.awaitErrLine("the first night", (line) -> line.contains("serve: night of "));
		serve.awaitErrLine("the second night", (line) -> line.endsWith(KillPoint.CONTACT_LOAD.startedLine()));
		serve.terminate();

		Finished stopped = serve.finish();

		assertThat(stopped.exitCode()).as(stopped.errText()).isZero();
		List<String> nights = stopped.err().stream().filter((line) -> line.contains("serve: night of ")).toList();
		assertThat(nights).as(stopped.errText()).hasSize(2);
		assertThat(nights)
			.allMatch((line) -> line.endsWith("serve: night of " + asOf + " done, exit code 0, outputs in " + out));
		assertThat(first).isEqualTo(nights.get(0));
		assertThat(stopped.err().get(stopped.err().size() - 1)).endsWith("serve: stopped");
		try (WarehouseProbe probe = WarehouseProbe.open(warehouse)) {
			assertThat(probe.lines("SELECT run_id || ' ' || status FROM run ORDER BY run_id"))
				.containsExactly("1 COMPLETED", "2 COMPLETED");
			assertThat(probe.count("SELECT count(*) FROM source_file WHERE status = 'INGESTED'"))
				.isEqualTo(probe.count("SELECT count(*) FROM source_file"));
		}
		ApplicationProcess.assertAuditChainHolds(warehouse);
	}

	// Pins configuration checked at start: a cron expression that does not parse is exit
	// 2, naming the setting, before any night runs or the warehouse is created.
	@Test
	void exitsWithConfigurationErrorNamingABadCronExpression() throws IOException {
		Path warehouse = this.temp.resolve("warehouse.duckdb");
		Finished serve = ApplicationProcess
			.start(Map.of("CANVASS_SERVE_CRON", "at half past two"), "serve", "--inbox", this.temp.toString(), "--out",
					this.temp.resolve("out").toString(), "--warehouse", warehouse.toString())
			.finish();

		assertThat(serve.exitCode()).as(serve.errText()).isEqualTo(2);
		assertThat(serve.errText()).contains("canvass.serve.cron");
		assertThat(warehouse).doesNotExist();
	}

}
