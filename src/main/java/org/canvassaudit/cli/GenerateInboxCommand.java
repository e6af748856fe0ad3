package org.canvassaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.canvassaudit.sample.GeneratorSettings;
import org.canvassaudit.sample.GeneratorSummary;
import org.canvassaudit.sample.InboxGenerator;
import org.canvassaudit.sample.InboxGenerator.NextExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * {@code generate-inbox DIR}: writes a realistic inbox from a seed, for tests,
 * demonstrations and benchmarks. The defaults are the committed sample;
 * {@code --seats 650 --weeks 7
 * --contacts-per-seat-week 2200 --workbooks 300} is a national campaign, and
 * {@code --next-export DIR} adds the export of the night after, for benchmarks.
 */
@Component
@Scope("prototype")
@Command(name = "generate-inbox", mixinStandardHelpOptions = true,
		description = "Write a generated inbox (the sample's shape, at any size) into an empty folder.")
class GenerateInboxCommand implements Callable<Integer> {

	private static final GeneratorSettings SAMPLE = GeneratorSettings.sample();

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "An empty or missing folder.")
	Path inbox;

	@Option(names = "--seed", description = "Random seed (default: the sample's).")
	long seed = SAMPLE.seed();

	@Option(names = "--seats", description = "Seats (default: ${DEFAULT-VALUE}).")
	int seats = SAMPLE.seats();

	@Option(names = "--weeks", description = "Weeks from --first-monday (default: ${DEFAULT-VALUE}).")
	int weeks = SAMPLE.weeks();

	@Option(names = "--contacts-per-seat-week", description = "Average contacts (default: ${DEFAULT-VALUE}).")
	int contacts = SAMPLE.contactsPerSeatWeek();

	@Option(names = "--candidates", description = "Candidates (default: one per seat).")
	int candidates;

	@Option(names = "--workbooks", description = "Attendance workbooks (default: ${DEFAULT-VALUE}).")
	int workbooks = SAMPLE.attendanceWorkbooks();

	@Option(names = "--first-monday", paramLabel = "YYYY-MM-DD", description = "Default: ${DEFAULT-VALUE}.")
	LocalDate firstMonday = SAMPLE.firstMonday();

	@Option(names = "--no-faults", description = "Leave out the bad rows and the file to quarantine.")
	boolean noFaults;

	@Option(names = "--next-export", paramLabel = "DIR",
			description = "Also write the next day's contact export into DIR, outside the inbox.")
	Path nextExport;

	@Option(names = "--next-export-rows", paramLabel = "N", description = "Its rows (default: ${DEFAULT-VALUE}).")
	int nextExportRows = 300_000;

	@Override
	public Integer call() throws IOException {
		if (Files.isDirectory(this.inbox)) {
			try (var entries = Files.list(this.inbox)) {
				if (entries.findAny().isPresent()) {
					throw new UsageException(this.inbox + " is not empty");
				}
			}
		}
		GeneratorSettings settings = new GeneratorSettings(this.seed, this.seats, this.weeks, this.contacts,
				this.firstMonday, this.candidates, this.workbooks, !this.noFaults);
		long start = System.nanoTime();
		NextExport next = (this.nextExport != null) ? new NextExport(this.nextExport, this.nextExportRows) : null;
		GeneratorSummary summary = InboxGenerator.generate(this.inbox, settings, next);
		double seconds = (System.nanoTime() - start) / 1e9;
		PrintWriter out = this.spec.commandLine().getOut();
		out.println(settings);
		out.println(summary);
		out.printf("%d files in %.1f s, %.0f contact rows/s%n", summary.totalFiles(), seconds,
				summary.contactRows() / seconds);
		return ExitCodes.OK;
	}

}
