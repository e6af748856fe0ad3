package org.canvassaudit.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.canvassaudit.warehouse.Warehouse;

/**
 * The ledger of every file ingested or quarantined, by the SHA-256 of its bytes.
 */
final class SourceFiles {

	private final Warehouse warehouse;

	SourceFiles(Warehouse warehouse) {
		this.warehouse = warehouse;
	}

	/**
	 * @param sha256 a file's SHA-256
	 * @return what is recorded for those bytes, or {@code null} if they are new
	 */
	Known find(String sha256) {
		List<Known> known = this.warehouse.jdbc()
			.query("""
					SELECT file_seq, path, run_id, status, reason, rows_read, loaded, rejected, blank, duplicates
					FROM source_file WHERE sha256 = ?""",
					(row, n) -> new Known(row.getInt(1), row.getString(2), row.getInt(3),
							FileStatus.valueOf(row.getString(4)), row.getString(5),
							new RowCounts(row.getInt(6), row.getInt(7), row.getInt(8), row.getInt(9), row.getInt(10))),
					sha256);
		return known.isEmpty() ? null : known.get(0);
	}

	/**
	 * @return the SHA-256 of every file the ledger holds
	 */
	Set<String> hashes() {
		return new HashSet<>(this.warehouse.jdbc().queryForList("SELECT sha256 FROM source_file", String.class));
	}

	int nextSeq() {
		Integer max = this.warehouse.jdbc().queryForObject("SELECT max(file_seq) FROM source_file", Integer.class);
		return (max != null) ? max + 1 : 1;
	}

	void insert(int fileSeq, String sha256, InboxEntry entry, int runId, FileStatus status, String reason,
			RowCounts counts) {
		this.warehouse.jdbc()
			.update("""
					INSERT INTO source_file (file_seq, sha256, kind, path, name, run_id, status, reason,
						rows_read, loaded, rejected, blank, duplicates)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", fileSeq, sha256, entry.kind().name(),
					entry.path(), entry.file().getFileName().toString(), runId, status.name(), reason,
					counts.rowsRead(), counts.loaded(), counts.rejected(), counts.blank(), counts.duplicates());
	}

	/**
	 * A file the ledger already holds.
	 *
	 * @param fileSeq its number
	 * @param path the path it was first seen under
	 * @param runId the run that recorded it
	 * @param status ingested or quarantined
	 * @param reason why it was quarantined
	 * @param counts its rows
	 */
	record Known(int fileSeq, String path, int runId, FileStatus status, String reason, RowCounts counts) {
	}

}
