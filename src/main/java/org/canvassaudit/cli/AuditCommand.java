package org.canvassaudit.cli;

import java.util.concurrent.Callable;

import org.canvassaudit.audit.AuditVerifier;
import org.canvassaudit.warehouse.Warehouse;
import org.canvassaudit.warehouse.Warehouses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * {@code audit verify}: exit 0 when the audit trail holds, else 1, naming the first bad
 * event.
 */
@Component
@Scope("prototype")
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check the audit trail.",
		subcommands = AuditCommand.Verify.class)
class AuditCommand {

	/**
	 * {@code audit verify}.
	 */
	@Component
	@Scope("prototype")
	@Command(name = "verify", mixinStandardHelpOptions = true,
			description = "Recompute the hash chain and every sealed row; name the first bad event.")
	static class Verify implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Mixin
		WarehouseOption warehouse;

		private final Warehouses warehouses;

		Verify(Warehouses warehouses) {
			this.warehouses = warehouses;
		}

		@Override
		public Integer call() {
			try (Warehouse open = this.warehouses.openReadOnly(this.warehouse.file())) {
				AuditVerifier.Verdict verdict = AuditVerifier.verify(open);
				this.spec.commandLine().getOut().println(verdict);
				return verdict.intact() ? ExitCodes.OK : ExitCodes.FAILED;
			}
		}

	}

}
