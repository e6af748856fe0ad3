package org.canvassaudit.report;

import java.util.ArrayList;
import java.util.List;

import org.canvassaudit.ingest.FileOutcome;
import org.canvassaudit.ingest.FileStatus;
import org.canvassaudit.ingest.RowCounts;

/**
 * The HQ report's first section, the run itself: what happened to every file, how every
 * row read was accounted for, which files were quarantined and why, and the rejected rows
 * counted by reason (the rows themselves are in {@code rejects-<as-of>.csv}).
 *
 * @param figures files by status and rows by outcome
 * @param rowsRejected rows rejected in all
 * @param reconciliation the sentence that shows the rows add up
 * @param quarantined each quarantined file and its reason
 * @param rejects rejected rows by field and reason
 */
record HqRunSection(List<HqFigure> figures, int rowsRejected, String reconciliation, List<HqItem> quarantined,
		List<HqFigure> rejects) {

	static HqRunSection of(HqNight night) {
		List<FileOutcome> files = night.night().files();
		List<HqFigure> figures = new ArrayList<>();
		figures.add(HqFigure.of("Files ingested", count(files, FileStatus.INGESTED)));
		figures.add(HqFigure.of("Files skipped (bytes already held)", count(files, FileStatus.SKIPPED)));
		figures.add(HqFigure.of("Files quarantined", count(files, FileStatus.QUARANTINED)));
		figures.add(HqFigure.of("Entries ignored (not an input)", count(files, FileStatus.IGNORED)));
		RowCounts rows = total(files);
		figures.add(HqFigure.of("Rows read", rows.rowsRead()));
		figures.add(HqFigure.of("Rows loaded", rows.loaded()));
		figures.add(HqFigure.of("Rows rejected", rows.rejected()));
		figures.add(HqFigure.of("Blank rows", rows.blank()));
		figures.add(HqFigure.of("Duplicate contacts", rows.duplicates()));
		String reconciliation = "Every row read is accounted for: " + HqFigure.count(rows.rowsRead()) + " read = "
				+ HqFigure.count(rows.loaded()) + " loaded + " + HqFigure.count(rows.rejected()) + " rejected + "
				+ HqFigure.count(rows.blank()) + " blank + " + HqFigure.count(rows.duplicates()) + " duplicates.";
		List<HqItem> quarantined = files.stream()
			.filter((file) -> file.status() == FileStatus.QUARANTINED)
			.map((file) -> new HqItem(file.path(), file.reason()))
			.toList();
		return new HqRunSection(figures, rows.rejected(), reconciliation, quarantined, rejects(night));
	}

	private static long count(List<FileOutcome> files, FileStatus status) {
		return files.stream().filter((file) -> file.status() == status).count();
	}

	// Each file's counts add up (RowCounts checks it), so their sums do too.
	private static RowCounts total(List<FileOutcome> files) {
		RowCounts total = RowCounts.NONE;
		for (FileOutcome file : files) {
			RowCounts counts = file.counts();
			total = new RowCounts(total.rowsRead() + counts.rowsRead(), total.loaded() + counts.loaded(),
					total.rejected() + counts.rejected(), total.blank() + counts.blank(),
					total.duplicates() + counts.duplicates());
		}
		return total;
	}

	// Reasons quote the value at fault; without it, rows that failed the same way group
	// together, so a thousand bad dates make one line, not a thousand.
	private static List<HqFigure> rejects(HqNight night) {
		return night.warehouse()
			.jdbc()
			.query("""
					SELECT split_part(f.path, '/', 1), coalesce(r.field, ''),
						regexp_replace(r.reason, '''[^'']*'' ', '', 'g'), count(*)
					FROM reject r JOIN source_file f USING (file_seq)
					WHERE f.run_id = ?
					GROUP BY ALL ORDER BY 1, 2, 3""", (row,
					n) -> HqFigure.of(reason(row.getString(1), row.getString(2), row.getString(3)), row.getLong(4)),
					night.night().runId());
	}

	private static String reason(String folder, String field, String reason) {
		String general = reason.startsWith("is ") ? "the value " + reason : reason;
		return folder + ", " + (field.isEmpty() ? "row" : field) + ": " + general;
	}

}
