package org.canvassaudit.cli;

import java.nio.file.Path;

import org.canvassaudit.support.CliResult;
import org.canvassaudit.support.CliTestSupport;
import org.canvassaudit.support.SmallCampaign;
import org.canvassaudit.support.TestInbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §5 {@code history}: past runs, each with what it ingested and quarantined.
 */
class HistoryIntegrationTests extends CliTestSupport {

	@TempDir
	Path temp;

	// Two nights on an inbox with a broken export: the first ingests seven files and
	// quarantines one; the second skips the seven and quarantines the broken one again,
	// as its exit code 3 says.
	@Test
	void countsTheFilesEachNightIngestedAndQuarantined() {
		TestInbox inbox = SmallCampaign.inBreach(this.temp.resolve("inbox"))
			.write("contact-creator/cc-broken.csv", "contact_id,voter_ref\nX1,V1\n");
		Path warehouse = this.temp.resolve("warehouse.duckdb");
		for (String asOf : new String[] { "2024-06-10", "2024-06-11" }) {
			CliResult run = cli("run", "--inbox", inbox.path().toString(), "--as-of", asOf, "--out",
					this.temp.resolve("out-" + asOf).toString(), "--warehouse", warehouse.toString());
			assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
		}
		CliResult history = cli("history", "--warehouse", warehouse.toString());
		assertThat(history.exitCode()).isZero();
		assertThat(history.out().lines().toList()).hasSize(3)
			.extracting((line) -> line.replaceAll("\\s+", " ").strip())
			.satisfies((lines) -> {
				assertThat(lines.get(0))
					.isEqualTo("run as-of started (UTC) finished (UTC) status exit ingested quarantined");
				assertThat(lines.get(1)).startsWith("1 2024-06-10 ").endsWith(" COMPLETED 3 7 1");
				assertThat(lines.get(2)).startsWith("2 2024-06-11 ").endsWith(" COMPLETED 3 0 1");
			});
	}

}
