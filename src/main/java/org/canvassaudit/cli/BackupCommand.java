package org.canvassaudit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.canvassaudit.ops.Folders;
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
 * {@code backup --to FILE}: a consistent copy of the warehouse, taken under the run lock
 * (a night that starts meanwhile exits 4).
 */
@Component
@Scope("prototype")
@Command(name = "backup", mixinStandardHelpOptions = true,
		description = "Copy the warehouse, consistently, to a new file.")
class BackupCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	WarehouseOption warehouse;

	@Option(names = "--to", required = true, paramLabel = "FILE", description = "The backup file; must not exist.")
	Path to;

	private final Warehouses warehouses;

	BackupCommand(Warehouses warehouses) {
		this.warehouses = warehouses;
	}

	@Override
	public Integer call() {
		Path target = this.to.toAbsolutePath().normalize();
		if (Files.exists(target)) {
			throw new UsageException("--to " + target + " already exists; choose a new file");
		}
		Folders.writable(target.getParent(), "--to");
		Path source = this.warehouses.location(this.warehouse.file());
		if (!Files.isRegularFile(source)) {
			throw new UsageException("there is no warehouse at " + source);
		}
		try (Warehouse open = this.warehouses.open(this.warehouse.file())) {
			open.backupTo(target);
		}
		this.spec.commandLine()
			.getOut()
			.printf("Backed up %s to %s; keep the pseudonymisation key with it%n", source, target);
		return ExitCodes.OK;
	}

}
