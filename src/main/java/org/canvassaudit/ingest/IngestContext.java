package org.canvassaudit.ingest;

import org.canvassaudit.warehouse.Warehouse;

/**
 * What loaders of one night share: the run, the seat codes known so far and the
 * pseudonymiser.
 */
final class IngestContext {

	private final Warehouse warehouse;

	private final int runId;

	private final Pseudonymiser pseudonymiser;

	private SeatCodes seats;

	IngestContext(Warehouse warehouse, int runId, Pseudonymiser pseudonymiser) {
		this.warehouse = warehouse;
		this.runId = runId;
		this.pseudonymiser = pseudonymiser;
		this.seats = SeatCodes.load(warehouse);
	}

	Warehouse warehouse() {
		return this.warehouse;
	}

	int runId() {
		return this.runId;
	}

	Pseudonymiser pseudonymiser() {
		return this.pseudonymiser;
	}

	SeatCodes seats() {
		return this.seats;
	}

	/** A seats snapshot was just committed: later files may name its seats. */
	void seatsChanged() {
		this.seats = SeatCodes.load(this.warehouse);
	}

}
