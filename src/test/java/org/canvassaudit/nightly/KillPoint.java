package org.canvassaudit.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A moment inside one step of the nightly job at which a test kills the process: the step
 * has started and done part of its work, and has not finished.
 */
enum KillPoint {

	/** A contact export has been loaded and committed; the others are still to come. */
	CONTACT_LOAD("contactExportLoadStep", "contact-creator/"),

	/** A sign-in workbook has been loaded and committed; the others are still to come. */
	ATTENDANCE_LOAD("attendanceSheetLoadStep", "attendance/"),

	/**
	 * The decisions are derived and being recorded, inside the evaluation's transaction.
	 */
	EVALUATION("complianceEvaluationStep", null) {

		@Override
		void awaitWork(ApplicationProcess process, Path out) {
			process.awaitErrLine("the evaluation's derived decisions",
					(line) -> line.contains("NightlyEvaluation - derived "));
		}

	},

	/**
	 * The decisions are recorded and the outputs are being written into the staging
	 * folder: at least one is there.
	 */
	REPORT_RENDERING("nightlyExportStep", null) {

		@Override
		void awaitWork(ApplicationProcess process, Path out) throws IOException {
			try (WatchService watch = out.getFileSystem().newWatchService()) {
				out.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
				Path staging = awaitEntry(process, watch, out,
						(entry) -> entry.getFileName().toString().startsWith(".partial-"));
				staging.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
				awaitEntry(process, watch, staging, Files::isRegularFile);
			}
		}

	};

	private static final long LIMIT_SECONDS = 180;

	private final String step;

	private final String inbox;

	KillPoint(String step, String inbox) {
		this.step = step;
		this.inbox = inbox;
	}

	/**
	 * @return the step the process is to be killed in
	 */
	String step() {
		return this.step;
	}

	/**
	 * @return the inbox folder whose files the step loads, with a trailing {@code /}, or
	 * {@code null} for a step that loads none
	 */
	String inboxFolder() {
		return this.inbox;
	}

	String startedLine() {
		return "Progress - step=" + this.step + " event=started";
	}

	String finishedLine() {
		return "Progress - step=" + this.step + " event=finished";
	}

	/**
	 * Block until the process is inside this step: its start line, then a sign of work
	 * done in it.
	 * @param process the nightly job
	 * @param out its output folder, which exists already
	 * @throws IOException when the output folder cannot be watched
	 */
	final void awaitKillMoment(ApplicationProcess process, Path out) throws IOException {
		process.awaitErrLine(startedLine(), (line) -> line.endsWith(startedLine()));
		awaitWork(process, out);
	}

	/**
	 * The sign of work in an ingest step: the line of its first file, written once the
	 * file is committed.
	 */
	void awaitWork(ApplicationProcess process, Path out) throws IOException {
		process.awaitErrLine("the first file of " + this.inbox,
				(line) -> line.contains("Progress - file=\"" + this.inbox));
	}

	/**
	 * Wait on file-system events, not on a clock: wakes when something is created, and
	 * once a second to see whether the process is still there.
	 */
	private static Path awaitEntry(ApplicationProcess process, WatchService watch, Path folder, Predicate<Path> wanted)
			throws IOException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
		while (true) {
			Optional<Path> found = find(folder, wanted);
			if (found.isPresent()) {
				return found.get();
			}
			if (!process.isAlive() || System.nanoTime() > deadline) {
				throw new AssertionError("pid " + process.pid() + (process.isAlive() ? " is still running" : " ended")
						+ " and nothing awaited appeared in " + folder);
			}
			try {
				WatchKey key = watch.poll(1, TimeUnit.SECONDS);
				if (key != null) {
					key.pollEvents();
					key.reset();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private static Optional<Path> find(Path folder, Predicate<Path> wanted) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(wanted).findFirst();
		}
	}

}
