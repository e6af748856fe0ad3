package org.canvassaudit.nightly;

import org.canvassaudit.evaluation.NightlyEvaluation;
import org.canvassaudit.ingest.InputKind;
import org.canvassaudit.ingest.Progress;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly job: one step per input kind, then evaluation and the outputs. Every load
 * is idempotent on its own (one transaction per file, keyed by the file's SHA-256), so
 * the job needs no restart state: a crashed night is simply run again.
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {

	static final String JOB_NAME = "nightlyJob";

	private final JobRepository jobRepository;

	private final NightlyRuns runs;

	NightlyJobConfiguration(JobRepository jobRepository, NightlyRuns runs) {
		this.jobRepository = jobRepository;
		this.runs = runs;
	}

	@Bean
	Job nightlyJob(NightlyEvaluation evaluation, NightlyExportTasklet export) {
		return new JobBuilder(JOB_NAME, this.jobRepository)
			.start(ingestStep("referenceSnapshotLoadStep", InputKind.SEATS, InputKind.CANDIDATES, InputKind.TWINNING,
					InputKind.RECESS))
			.next(ingestStep("rulebookLoadStep", InputKind.RULEBOOK))
			.next(ingestStep("contactExportLoadStep", InputKind.CONTACTS))
			.next(ingestStep("organiseSignInLoadStep", InputKind.ORGANISE))
			.next(ingestStep("attendanceSheetLoadStep", InputKind.ATTENDANCE))
			.next(ingestStep("declarationLoadStep", InputKind.DECLARATIONS))
			.next(step("complianceEvaluationStep", (contribution, chunk) -> {
				NightlyRun run = this.runs.of(chunk);
				run.evaluated(evaluation.evaluate(run.warehouse(), run.runId(), run.asOf()));
				return RepeatStatus.FINISHED;
			}))
			.next(step("nightlyExportStep", (contribution, chunk) -> {
				export.export(this.runs.of(chunk));
				return RepeatStatus.FINISHED;
			}))
			.build();
	}

	private Step ingestStep(String name, InputKind... kinds) {
		return step(name, (contribution, chunk) -> {
			NightlyRun run = this.runs.of(chunk);
			for (InputKind kind : kinds) {
				run.addFiles(run.ingest().ingest(kind));
			}
			return RepeatStatus.FINISHED;
		});
	}

	/**
	 * A step that reports when it starts and how long it took: progress for operators,
	 * and a first profile.
	 */
	private Step step(String name, Tasklet tasklet) {
		Tasklet timed = (contribution, chunk) -> {
			Progress.stepStarted(name);
			long start = System.nanoTime();
			RepeatStatus status = tasklet.execute(contribution, chunk);
			Progress.stepFinished(name, System.nanoTime() - start);
			return status;
		};
		return new StepBuilder(name, this.jobRepository).tasklet(timed, new ResourcelessTransactionManager()).build();
	}

}
