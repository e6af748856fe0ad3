package org.canvassaudit.nightly;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.canvassaudit.evaluation.Evaluation;
import org.canvassaudit.ingest.FileOutcome;
import org.canvassaudit.ingest.FileStatus;
import org.canvassaudit.ingest.NightIngest;
import org.canvassaudit.warehouse.Warehouse;

/**
 * What the steps of one night's job share: the open warehouse, the run, the ingest and
 * the outcome of every file seen.
 */
public final class NightlyRun {

	private final int runId;

	private final LocalDate asOf;

	private final Path out;

	private final Warehouse warehouse;

	private final NightIngest ingest;

	private final List<FileOutcome> files = new ArrayList<>();

	private Evaluation evaluation;

	NightlyRun(int runId, LocalDate asOf, Path out, Warehouse warehouse, NightIngest ingest) {
		this.runId = runId;
		this.asOf = asOf;
		this.out = out;
		this.warehouse = warehouse;
		this.ingest = ingest;
	}

	public int runId() {
		return this.runId;
	}

	public LocalDate asOf() {
		return this.asOf;
	}

	public Path out() {
		return this.out;
	}

	public Warehouse warehouse() {
		return this.warehouse;
	}

	NightIngest ingest() {
		return this.ingest;
	}

	void addFiles(List<FileOutcome> outcomes) {
		this.files.addAll(outcomes);
	}

	void evaluated(Evaluation evaluation) {
		this.evaluation = evaluation;
	}

	/**
	 * @return the night's evaluation, once its step has run
	 */
	public Evaluation evaluation() {
		return this.evaluation;
	}

	public List<FileOutcome> files() {
		return List.copyOf(this.files);
	}

	/**
	 * @return 3 when this night quarantined a file or rejected a row, else 0
	 */
	public int exitCode() {
		boolean troubled = this.files.stream()
			.anyMatch((file) -> file.status() == FileStatus.QUARANTINED
					|| (file.status() == FileStatus.INGESTED && file.counts().rejected() > 0));
		return troubled ? 3 : 0;
	}

}
