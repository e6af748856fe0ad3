package org.canvassaudit.warehouse;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the DuckDB warehouse lives and how much of the machine DuckDB may take.
 *
 * @param path the DuckDB file, used when a command gets no {@code --warehouse}
 * @param memoryLimit DuckDB's {@code memory_limit}, e.g. {@code 2GB}
 * @param threads DuckDB's {@code threads}
 * @param tempDirectory DuckDB's {@code temp_directory}; empty means
 * {@code <warehouse>.tmp}
 */
@ConfigurationProperties("canvass.warehouse")
public record WarehouseProperties(Path path, String memoryLimit, Integer threads, Path tempDirectory) {

	public WarehouseProperties {
		if (path == null) {
			path = Path.of("warehouse", "canvass-audit.duckdb");
		}
		if (memoryLimit == null || memoryLimit.isBlank()) {
			memoryLimit = "2GB";
		}
		if (threads == null || threads < 1) {
			threads = 2;
		}
	}

	Path tempDirectoryFor(Path warehouse) {
		return (this.tempDirectory != null) ? this.tempDirectory : Path.of(warehouse + ".tmp");
	}

}
