package org.canvassaudit.cli;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
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
			Map<Integer, Files> files = files(open);
			for (Nights.Night night : Nights.all(open)) {
				Files counts = files.getOrDefault(night.runId(), new Files(0, 0));
				out.printf("%-5d %-10s %-19s %-19s %-9s %4s %8d %11d%n", night.runId(), night.asOf(),
						text(night.startedAt()), text(night.finishedAt()), night.status(),
						(night.exitCode() != null) ? night.exitCode() : "", counts.ingested(), counts.quarantined());
			}
			return ExitCodes.OK;
		}
	}

	/**
	 * @return by run, the files it ingested and those it quarantined; every file a night
	 * quarantined, including one quarantined again, has its event in that night's trail
	 */
	private static Map<Integer, Files> files(Warehouse warehouse) {
		Map<Integer, Files> files = new HashMap<>();
		warehouse.jdbc().query("""
				SELECT run_id,
					(SELECT count(*) FROM source_file f WHERE f.run_id = r.run_id AND f.status = 'INGESTED'),
					(SELECT count(*) FROM audit_event e WHERE e.run_id = r.run_id AND e.event_type = 'quarantine')
				FROM run r""", (ResultSet row) -> {
			files.put(row.getInt(1), new Files(row.getInt(2), row.getInt(3)));
		});
		return files;
	}

	private static String text(java.time.LocalDateTime time) {
		return (time != null) ? time.withNano(0).toString().replace('T', ' ') : "";
	}

	private record Files(int ingested, int quarantined) {
	}

}
