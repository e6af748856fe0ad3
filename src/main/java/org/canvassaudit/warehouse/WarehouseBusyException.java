package org.canvassaudit.warehouse;

import java.nio.file.Path;

/**
 * Another process holds the warehouse; the caller should try again later.
 */
public class WarehouseBusyException extends RuntimeException {

	public WarehouseBusyException(Path warehouse) {
		super("warehouse busy, try again: " + warehouse + " is held by another canvass-audit process");
	}

}
