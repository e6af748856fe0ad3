package org.canvassaudit.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * The {@code --warehouse FILE} option every command accepts.
 */
public class WarehouseOption {

	@Option(names = "--warehouse", paramLabel = "FILE",
			description = "The DuckDB warehouse file (default: canvass.warehouse.path).")
	Path file;

	public Path file() {
		return this.file;
	}

	/**
	 * @return the option or setting the warehouse comes from, for messages
	 */
	String setting() {
		return (this.file != null) ? "--warehouse" : "canvass.warehouse.path";
	}

}
