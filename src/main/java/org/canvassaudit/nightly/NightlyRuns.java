package org.canvassaudit.nightly;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.stereotype.Component;

/**
 * The nights in progress in this process, found by the steps through the {@code run.id}
 * job parameter (the open warehouse is not something a job parameter can carry).
 */
@Component
class NightlyRuns {

	static final String RUN_ID = "run.id";

	private final Map<Long, NightlyRun> running = new ConcurrentHashMap<>();

	void add(NightlyRun run) {
		this.running.put((long) run.runId(), run);
	}

	void remove(NightlyRun run) {
		this.running.remove((long) run.runId());
	}

	NightlyRun of(ChunkContext context) {
		Long runId = context.getStepContext().getStepExecution().getJobParameters().getLong(RUN_ID);
		NightlyRun run = (runId != null) ? this.running.get(runId) : null;
		if (run == null) {
			throw new IllegalStateException("no night in progress for run " + runId);
		}
		return run;
	}

}
