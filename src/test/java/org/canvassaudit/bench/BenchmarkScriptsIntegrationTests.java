package org.canvassaudit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Smoke tests of the benchmark scripts: {@code bench/national.sh}, the national-scale
 * benchmark, and {@code bench/one-export.sh}, the contact-export load against
 * {@code read_csv}. At a tiny size (three seats) each prints its table with a number in
 * every column. The benchmarks themselves are run by hand, never by {@code mvn verify};
 * this only keeps the scripts working. It needs the packaged jar, so it runs after
 * {@code package}.
 */
@EnabledOnOs(OS.LINUX)
class BenchmarkScriptsIntegrationTests {

	private static final Path GNU_TIME = Path.of("/usr/bin/time");

	@TempDir
	Path temp;

	// One row per size asked for, with figures in every column; the peak RSS is "n/a" on
	// a machine without GNU time, a figure in GiB where it is installed.
	@Test
	void printsATableRowWithFiguresForEachSize() throws IOException, InterruptedException {
		String output = script(Map.of("BENCH_SEATS", "3", "BENCH_WORKBOOKS", "1", "BENCH_NEXT_ROWS", "100"),
				"bench/national.sh", "2K");
		List<String> table = output.lines().filter((line) -> line.startsWith("|")).toList();
		assertThat(table).as(output).hasSize(3);
		assertThat(cells(table.get(0))).containsExactly("contacts", "distinct contacts", "contact rows",
				"`read_csv` (s)", "ingest (s)", "ingest / `read_csv`", "full night wall (s)", "full night CPU (s)",
				"full night peak RSS (GiB)", "incremental night wall (s)", "incremental night, old files kept (s)",
				"evidence packs/s", "full night cost / linear");
		List<String> row = cells(table.get(2));
		assertThat(row).hasSize(13);
		assertThat(row.get(0)).isEqualTo("2K");
		for (int column : new int[] { 1, 2, 3, 4, 5, 6, 9, 10, 11 }) {
			assertThat(row.get(column)).as("column %d of %s", column, row).matches("[0-9]+(\\.[0-9]+)?");
			assertThat(Double.parseDouble(row.get(column))).as("column %d of %s", column, row).isPositive();
		}
		boolean gnuTime = Files.isExecutable(GNU_TIME);
		assertThat(row.get(7)).as("CPU time").matches(gnuTime ? "[0-9]+\\.[0-9]" : "n/a");
		assertThat(row.get(8)).as("peak RSS").matches(gnuTime ? "[0-9]+\\.[0-9]{2}" : "n/a");
		assertThat(row.get(12)).as("the first size is the base of the cost growth").isEqualTo("1.00");
	}

	// bench/one-export.sh, issue 2's benchmark: a row per run with the rows loaded and
	// both times, and the median ratio.
	@Test
	void theOneExportBenchmarkPrintsARowPerRunAndTheMedian() throws IOException, InterruptedException {
		String output = script(Map.of("BENCH_SEATS", "3", "BENCH_CONTACTS_PER_SEAT_WEEK", "20"), "bench/one-export.sh",
				"2");
		List<String> table = output.lines().filter((line) -> line.startsWith("|")).toList();
		assertThat(table).as(output).hasSize(4);
		assertThat(cells(table.get(0))).containsExactly("run", "rows", "`read_csv` (s)", "ingest (s)",
				"ingest / `read_csv`");
		for (int run = 1; run <= 2; run++) {
			List<String> row = cells(table.get(run + 1));
			assertThat(row).hasSize(5);
			assertThat(row.get(0)).isEqualTo(String.valueOf(run));
			assertThat(row.get(1)).as("the same rows each run").isEqualTo(cells(table.get(2)).get(1));
			for (int column = 1; column < 5; column++) {
				assertThat(row.get(column)).as("column %d of %s", column, row).matches("[0-9]+(\\.[0-9]+)?");
				assertThat(Double.parseDouble(row.get(column))).as("column %d of %s", column, row).isPositive();
			}
		}
		assertThat(output).containsPattern("Median ingest / read_csv over 2 runs: [0-9]+\\.[0-9]{2}");
	}

	/**
	 * Run a benchmark script on a work folder in the temporary folder, with short JVMs
	 * (the client compiler alone starts them in half the time), and expect it to finish
	 * within three minutes with exit 0.
	 * @return what it printed, standard error included
	 */
	private String script(Map<String, String> environment, String script, String... args)
			throws IOException, InterruptedException {
		assertThat(Path.of("target/canvass-audit.jar")).as("the jar, built by mvn package").isRegularFile();
		Path log = this.temp.resolve("bench.log");
		List<String> command = new ArrayList<>(List.of("bash", script, this.temp.resolve("work").toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		builder.environment().put("JAVA_OPTS", "-Xmx512m -XX:TieredStopAtLevel=1");
		Process process = builder.start();
		boolean finished = process.waitFor(3, TimeUnit.MINUTES);
		if (!finished) {
			process.destroyForcibly();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		assertThat(finished).as(output).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

	private static List<String> cells(String line) {
		String inner = line.substring(1, line.length() - 1);
		return Arrays.stream(inner.split("\\|")).map(String::strip).toList();
	}

}
