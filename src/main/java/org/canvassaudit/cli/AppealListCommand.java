package org.canvassaudit.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.canvassaudit.appeal.Appeal;
import org.canvassaudit.appeal.Appeals;
import org.canvassaudit.warehouse.Warehouse;
import org.canvassaudit.warehouse.Warehouses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * {@code appeal list [--open]}: every appeal, or the open ones, with their age in days.
 */
@Component
@Scope("prototype")
@Command(name = "list", mixinStandardHelpOptions = true, description = "List appeals, with their age in days.")
class AppealListCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	WarehouseOption warehouse;

	@Option(names = "--open", description = "Only appeals not yet decided.")
	boolean openOnly;

	private final Warehouses warehouses;

	private final Clock clock;

	AppealListCommand(Warehouses warehouses, Clock clock) {
		this.warehouses = warehouses;
		this.clock = clock;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		LocalDate today = LocalDate.now(this.clock);
		try (Warehouse open = this.warehouses.openReadOnly(this.warehouse.file())) {
			out.printf("%-7s %-10s %-16s %-21s %-10s %4s  %s%n", "appeal", "candidate", "period", "rule", "lodged",
					"age", "status");
			for (Appeal appeal : new Appeals(open).all()) {
				if (this.openOnly && !appeal.isOpen()) {
					continue;
				}
				out.printf("%-7s %-10s %-16s %-21s %-10s %4d  %s%n", appeal.appealId(), appeal.candidateId(),
						appeal.period(), appeal.rule(), appeal.lodgedAt().toLocalDate(), appeal.ageInDays(today),
						appeal.isOpen() ? "open" : appeal.outcome().word() + " " + appeal.outcome().decidedOn() + " by "
								+ appeal.outcome().reviewer());
			}
			return ExitCodes.OK;
		}
	}

}
