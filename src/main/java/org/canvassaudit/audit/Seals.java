package org.canvassaudit.audit;

import java.util.List;

/**
 * Every table the audit trail seals, row by row.
 */
public final class Seals {

	/** An ingested file's ledger entry, with its row counts. */
	public static final Seal INGEST = new Seal("ingest", """
			SELECT sha256, file_seq, kind, path, run_id, rows_read, loaded, rejected, blank, duplicates
			FROM source_file WHERE status = 'INGESTED'""", "file_seq");

	/** A file's rejected rows, as one digest. */
	public static final Seal REJECTS = new Seal("reject",
			"""
					SELECT file_seq, rows, rejects_digest FROM (
						SELECT file_seq, count(*) AS rows,
							sha256(string_agg(coalesce(sheet, '') || ':' || row_no || ':' || coalesce(field, '') || ':' || reason,
								chr(10) ORDER BY sheet, row_no, field, reason)) AS rejects_digest
						FROM reject GROUP BY file_seq) AS rejects""",
			"file_seq");

	/** A decision, with its figures and the digest of its evidence rows. */
	public static final Seal DECISION = new Seal("decision", """
			SELECT decision_seq, decision_id, run_id, candidate_id, period, rule, rulebook_version, rulebook_sha256,
				status, own_seat_contacts, twinned_sessions, required_sessions, finished, supersedes, own_seat,
				classification, evidence_from, evidence_to, seats_snapshot, candidates_snapshot, twinning_snapshot,
				recess_snapshot, reasons, evidence_digest, appeal_seq
			FROM decision""", "decision_seq");

	/**
	 * Each decision's evidence rows as one digest, the one the decision records as
	 * {@code evidence_digest}: the decision's sealing event covers the digest, and
	 * {@code audit verify} works the digest out again from the rows. A decision without
	 * evidence rows records the digest of no text.
	 */
	public static final String EVIDENCE_DIGESTS = """
			SELECT decision_seq, sha256(string_agg(kind || ':' || file_seq || ':' || coalesce(sheet, '') || ':' || row_no,
				',' ORDER BY kind, file_seq, sheet, row_no)) AS evidence_digest
			FROM decision_evidence GROUP BY decision_seq""";

	/** An access transition. */
	public static final Seal ACCESS_CHANGE = new Seal("access_change", """
			SELECT change_seq, run_id, after_run, candidate_id, tool, from_state, to_state, effective, reason,
				decision_id
			FROM access_change""", "change_seq");

	/** A review-queue settlement. */
	public static final Seal REVIEW_RESOLUTION = new Seal("review_resolution", """
			SELECT resolution_seq, ref, candidate_id, reviewer, resolved_at, after_run
			FROM review_resolution""", "resolution_seq");

	/** An appeal as lodged, with the files sent with it. */
	public static final Seal APPEAL = new Seal("appeal",
			"""
					SELECT a.appeal_seq, a.appeal_id, a.candidate_id, a.period, a.rule, a.decision_seq, a.decision_id,
						a.denied_tools, a.classification, a.grounds, a.lodged_at, a.lodged_after_run,
						(SELECT string_agg(e.sha256 || ' ' || e.size_bytes || ' ' || e.file_name, '; '
							ORDER BY e.sha256, e.file_name) FROM appeal_evidence e WHERE e.appeal_seq = a.appeal_seq) AS evidence
					FROM appeal a""",
			"appeal_seq");

	/** A reviewer's decision on an appeal. */
	public static final Seal APPEAL_DECISION = new Seal("appeal_decision", """
			SELECT appeal_seq, verdict, reviewer, reason, decided_on, decided_at, decided_after_run
			FROM appeal_decision""", "appeal_seq");

	private Seals() {
	}

	public static List<Seal> all() {
		return List.of(INGEST, REJECTS, DECISION, ACCESS_CHANGE, REVIEW_RESOLUTION, APPEAL, APPEAL_DECISION);
	}

}
