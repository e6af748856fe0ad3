package org.canvassaudit.nightly;

import java.nio.file.Path;
import java.time.LocalDate;

import org.canvassaudit.ingest.InboxArchive;
import org.canvassaudit.ingest.InboxIngest;
import org.canvassaudit.ingest.NightIngest;
import org.canvassaudit.ingest.Pseudonymiser;
import org.canvassaudit.warehouse.Warehouse;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Starts the nightly job for one as-of date on an open warehouse and reports how it
 * ended. The CLI's {@code run} and the scheduler both come through here.
 */
@Component
public class NightlyJobRunner {

	private final JobOperator jobOperator;

	private final Job nightlyJob;

	private final InboxIngest ingest;

	private final NightlyRuns runs;

	private final String keyFile;

	private final boolean rotateKey;

	private final boolean archive;

	NightlyJobRunner(JobOperator jobOperator, Job nightlyJob, InboxIngest ingest, NightlyRuns runs,
			@Value("${canvass.pseudonym.key-file:}") String keyFile,
			@Value("${canvass.pseudonym.rotate:false}") boolean rotateKey,
			@Value("${canvass.inbox.archive:false}") boolean archive) {
		this.jobOperator = jobOperator;
		this.nightlyJob = nightlyJob;
		this.ingest = ingest;
		this.runs = runs;
		this.keyFile = keyFile;
		this.rotateKey = rotateKey;
		this.archive = archive;
	}

	/**
	 * Run a night with the configured pseudonymisation key.
	 * @param warehouse the open warehouse
	 * @param inbox the inbox folder
	 * @param asOf the as-of date
	 * @param out the output folder
	 * @return the completed night
	 * @throws NightFailedException when a step failed; nothing is published
	 * @throws org.canvassaudit.ops.ConfigurationException when the configured key is
	 * unreadable or malformed, or not the warehouse's
	 */
	public NightlyRun run(Warehouse warehouse, Path inbox, LocalDate asOf, Path out) {
		return run(warehouse, inbox, asOf, out, Pseudonymiser.forWarehouse(System.getenv(Pseudonymiser.KEY_VARIABLE),
				this.keyFile.isBlank() ? null : Path.of(this.keyFile), warehouse, this.rotateKey));
	}

	/**
	 * @param warehouse the open warehouse
	 * @param inbox the inbox folder
	 * @param asOf the as-of date
	 * @param out the output folder
	 * @param pseudonymiser the voter-reference pseudonymiser
	 * @return the completed night
	 * @throws NightFailedException when a step failed; nothing is published
	 */
	public NightlyRun run(Warehouse warehouse, Path inbox, LocalDate asOf, Path out, Pseudonymiser pseudonymiser) {
		Runs records = new Runs(warehouse);
		int runId = records.startOrResume(asOf);
		NightIngest ingest;
		try {
			ingest = this.ingest.startNight(warehouse, runId, inbox, pseudonymiser);
		}
		catch (RuntimeException ex) {
			// an inbox that cannot be listed: the run is recorded as failed, not left
			// started
			records.fail(runId);
			throw ex;
		}
		NightlyRun night = new NightlyRun(runId, asOf, out, warehouse, ingest);
		this.runs.add(night);
		try {
			JobExecution execution = this.jobOperator.start(this.nightlyJob, parameters(night));
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				records.fail(runId);
				throw new NightFailedException(asOf, execution.getAllFailureExceptions());
			}
			if (this.archive) {
				new InboxArchive(inbox, asOf).file(night.files());
			}
			return night;
		}
		catch (NightFailedException ex) {
			throw ex;
		}
		catch (Exception ex) {
			records.fail(runId);
			throw new NightFailedException(asOf, java.util.List.of(ex));
		}
		finally {
			this.runs.remove(night);
		}
	}

	private static JobParameters parameters(NightlyRun night) {
		return new JobParametersBuilder().addLong(NightlyRuns.RUN_ID, (long) night.runId())
			.addString("as.of", night.asOf().toString())
			.addLong("launched.at", System.nanoTime())
			.toJobParameters();
	}

}
