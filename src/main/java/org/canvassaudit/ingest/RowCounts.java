package org.canvassaudit.ingest;

/**
 * How every row read from one file was accounted for; the parts always add up to
 * {@code rowsRead}.
 *
 * @param rowsRead rows read
 * @param loaded rows loaded
 * @param rejected rows rejected, each with a reason
 * @param blank rows with nothing in them
 * @param duplicates rows whose contact was already seen
 */
public record RowCounts(int rowsRead, int loaded, int rejected, int blank, int duplicates) {

	public static final RowCounts NONE = new RowCounts(0, 0, 0, 0, 0);

	public RowCounts {
		if (rowsRead != loaded + rejected + blank + duplicates) {
			throw new IllegalArgumentException("rows do not reconcile: " + rowsRead + " read, " + loaded + " loaded, "
					+ rejected + " rejected, " + blank + " blank, " + duplicates + " duplicates");
		}
	}

	/**
	 * @param count how many of the loaded rows turned out to be duplicates
	 * @return these counts with those rows moved from loaded to duplicates
	 */
	RowCounts withDuplicates(int count) {
		return new RowCounts(this.rowsRead, this.loaded - count, this.rejected, this.blank, this.duplicates + count);
	}

}
