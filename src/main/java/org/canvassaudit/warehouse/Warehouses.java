package org.canvassaudit.warehouse;

import java.nio.file.Path;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Opens the warehouse a command names, or the configured one.
 */
@Component
@EnableConfigurationProperties(WarehouseProperties.class)
public class Warehouses {

	private final WarehouseProperties properties;

	public Warehouses(WarehouseProperties properties) {
		this.properties = properties;
	}

	/**
	 * The warehouse file a command should use.
	 * @param override the {@code --warehouse} option, or {@code null}
	 * @return the file
	 */
	public Path location(Path override) {
		return ((override != null) ? override : this.properties.path()).toAbsolutePath().normalize();
	}

	public Warehouse open(Path override) {
		return Warehouse.open(location(override), this.properties);
	}

	/**
	 * @param override the {@code --warehouse} option, or {@code null}
	 * @return the warehouse, open for writing; it must exist already (only {@code run}
	 * makes one), so a mistyped path leaves no empty warehouse behind
	 * @throws IllegalArgumentException if there is no warehouse there
	 */
	public Warehouse openExisting(Path override) {
		return Warehouse.open(Warehouse.existing(location(override)), this.properties);
	}

	/**
	 * @param override the {@code --warehouse} option, or {@code null}
	 * @return the warehouse, open for reading only
	 */
	public Warehouse openReadOnly(Path override) {
		return Warehouse.openReadOnly(location(override), this.properties);
	}

}
