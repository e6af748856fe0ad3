package org.canvassaudit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.canvassaudit.nightly.Nights;
import org.canvassaudit.warehouse.Warehouse;
import org.canvassaudit.warehouse.Warehouses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * {@code history}: past runs, with their files and exit codes.
 */
@Component
@Scope("prototype")
@Command(name = "history", mixinStandardHelpOptions = true, description = "List past runs.")
class HistoryCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	WarehouseOption warehouse;

	private final Warehouses warehouses;

	HistoryCommand(Warehouses warehouses) {
		this.warehouses = warehouses;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		try (Warehouse open = this.warehouses.openReadOnly(this.warehouse.file())) {
			out.printf("%-5s %-10s %-19s %-19s %-9s %4s %8s %11s%n", "run", "as-of", "started (UTC)", "finished (UTC)",
					"status", "exit", "ingested", "quarantined");
			for (Nights.Night night : Nights.all(open)) {
				Integer ingested = open.jdbc()
					.queryForObject("SELECT count(*) FROM source_file WHERE run_id = ? AND status = 'INGESTED'",
							Integer.class, night.runId());
				// Every file a night quarantined, including one quarantined again, has
				// its
				// event in that night's trail.
				Integer quarantined = open.jdbc()
					.queryForObject("SELECT count(*) FROM audit_event WHERE run_id = ? AND event_type = 'quarantine'",
							Integer.class, night.runId());
				out.printf("%-5d %-10s %-19s %-19s %-9s %4s %8d %11d%n", night.runId(), night.asOf(),
						text(night.startedAt()), text(night.finishedAt()), night.status(),
						(night.exitCode() != null) ? night.exitCode() : "", ingested, quarantined);
			}
			return ExitCodes.OK;
		}
	}

	private static String text(java.time.LocalDateTime time) {
		return (time != null) ? time.withNano(0).toString().replace('T', ' ') : "";
	}

}
