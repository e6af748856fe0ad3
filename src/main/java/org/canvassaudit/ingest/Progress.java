package org.canvassaudit.ingest;

import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * What a night tells whoever watches it, on stderr: a line when each step starts and
 * ends, and one line per file with its row counts and rows per second. At a terminal the
 * lines are written for a person; otherwise (cron, systemd) each is one {@code key=value}
 * line a log search can filter on.
 */
public final class Progress {

	private static final Log logger = LogFactory.getLog(Progress.class);

	private static final boolean INTERACTIVE = System.console() != null;

	private Progress() {
	}

	/**
	 * @param step the step that starts
	 */
	public static void stepStarted(String step) {
		logger.info(INTERACTIVE ? step + " ..." : "step=" + step + " event=started");
	}

	/**
	 * @param step the step that ended
	 * @param nanos how long it took
	 */
	public static void stepFinished(String step, long nanos) {
		logger.info(INTERACTIVE ? String.format(Locale.ROOT, "%s done in %.1f s", step, nanos / 1e9)
				: String.format(Locale.ROOT, "step=%s event=finished seconds=%.3f", step, nanos / 1e9));
	}

	static void fileDone(FileOutcome outcome, long nanos) {
		RowCounts counts = outcome.counts();
		double seconds = nanos / 1e9;
		long rowsPerSecond = (seconds > 0) ? Math.round(counts.rowsRead() / seconds) : 0;
		if (INTERACTIVE) {
			String reason = (outcome.reason() != null) ? ": " + outcome.reason() : "";
			logger.info((outcome.status() != FileStatus.INGESTED) ? outcome.path() + " " + outcome.status()
				.word() + reason : String.format(Locale.ROOT,
						"%s ingested: %,d read, %,d loaded, %,d rejected, %,d blank, %,d duplicates in %.1f s (%,d rows/s)",
						outcome.path(), counts.rowsRead(), counts.loaded(), counts.rejected(), counts.blank(),
						counts.duplicates(), seconds, rowsPerSecond));
			return;
		}
		logger.info(String.format(Locale.ROOT,
				"file=\"%s\" status=%s read=%d loaded=%d rejected=%d blank=%d duplicates=%d seconds=%.3f rows_per_s=%d%s",
				quoted(outcome.path()), outcome.status().word(), counts.rowsRead(), counts.loaded(), counts.rejected(),
				counts.blank(), counts.duplicates(), seconds, rowsPerSecond,
				(outcome.reason() != null) ? " reason=\"" + quoted(outcome.reason()) + "\"" : ""));
	}

	private static String quoted(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r");
	}

}
