package org.canvassaudit.nightly;

import org.canvassaudit.report.NightlyOutputs;
import org.canvassaudit.report.OutputFolder;

import org.springframework.stereotype.Component;

/**
 * The last step: list what was ignored, write every output into a staging folder, publish
 * them together, then mark the night complete.
 */
@Component
class NightlyExportTasklet {

	private final NightlyOutputs outputs;

	NightlyExportTasklet(NightlyOutputs outputs) {
		this.outputs = outputs;
	}

	void export(NightlyRun run) {
		run.addFiles(run.ingest().ignored());
		OutputFolder folder = OutputFolder.stage(run.out());
		try {
			String summary = this.outputs.write(run.warehouse(),
					new NightlyOutputs.Night(run.runId(), run.asOf(), run.exitCode(), run.files(), run.evaluation()),
					folder);
			folder.publish();
			new Runs(run.warehouse()).complete(run.runId(), run.exitCode(), summary);
		}
		catch (RuntimeException ex) {
			folder.discard();
			throw ex;
		}
	}

}
