package org.canvassaudit.ingest;

/**
 * Counts rows as a loader accounts for them.
 */
final class RowTally {

	private int loaded;

	private int rejected;

	private int blank;

	void loaded() {
		this.loaded++;
	}

	void loaded(int rows) {
		this.loaded += rows;
	}

	void rejected() {
		this.rejected++;
	}

	void blank() {
		this.blank++;
	}

	RowCounts counts() {
		return new RowCounts(this.loaded + this.rejected + this.blank, this.loaded, this.rejected, this.blank, 0);
	}

}
