package org.canvassaudit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.canvassaudit.nightly.IngestBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * {@code benchmark --inbox DIR --work DIR}: the contact-export load against DuckDB's own
 * {@code read_csv} on the same files, measured side by side in one process, printed as
 * {@code key=value} pairs for {@code bench/national.sh}; see docs/performance.md.
 */
@Component
@Scope("prototype")
@Command(name = "benchmark", mixinStandardHelpOptions = true, hidden = true,
		description = "Measure the contact-export load against DuckDB's read_csv on the same files.")
class BenchmarkCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--inbox", required = true, paramLabel = "DIR", description = "A generated inbox without faults.")
	Path inbox;

	@Option(names = "--work", required = true, paramLabel = "DIR", description = "An empty folder for databases.")
	Path work;

	private final IngestBenchmark benchmark;

	BenchmarkCommand(IngestBenchmark benchmark) {
		this.benchmark = benchmark;
	}

	@Override
	public Integer call() throws IOException {
		Files.createDirectories(this.work);
		IngestBenchmark.Result result = this.benchmark.measure(this.inbox, this.work);
		this.spec.commandLine()
			.getOut()
			.printf(Locale.ROOT, "files=%d rows=%d read_csv_s=%.2f ingest_s=%.2f ratio=%.2f%n", result.files(),
					result.rows(), result.readCsvSeconds(), result.ingestSeconds(), result.ratio());
		return ExitCodes.OK;
	}

}
