package org.canvassaudit.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.canvassaudit.evaluation.Derivation;
import org.canvassaudit.evaluation.NightFacts;
import org.canvassaudit.evaluation.SheetMatch;
import org.canvassaudit.evaluation.SheetRow;
import org.canvassaudit.rules.Decision;
import org.canvassaudit.warehouse.Warehouse;

/**
 * What every evidence pack of one night shares, read once however many packs are written:
 * the night's facts re-derived exactly as its run derived them (every session with all
 * its rows, the seat and twinning history), the decisions they give, the night's review
 * queue and the reference files it used.
 */
final class EvidencePackNight {

	private final int runId;

	private final LocalDate asOf;

	private final NightFacts facts;

	private final Map<String, Decision> decisions = new HashMap<>();

	private final Map<String, SheetRow> sheetRows = new HashMap<>();

	private final List<ReviewRow> review;

	private final String seatsFile;

	private final String twinningFile;

	private final String auditHead;

	private final Map<String, RulebookFile> rulebooks = new HashMap<>();

	EvidencePackNight(Warehouse warehouse, int runId, LocalDate asOf) {
		this.runId = runId;
		this.asOf = asOf;
		// review settlements made before the run count, as they did for the night itself
		Derivation derivation = Derivation.of(warehouse, runId, asOf, runId);
		this.facts = derivation.facts();
		derivation.decisions().forEach((d) -> this.decisions.put(key(d.candidateId(), d.period(), d.rule()), d));
		for (SheetMatch match : this.facts.sheetMatches()) {
			SheetRow row = match.row();
			this.sheetRows.put(rowKey(row.path(), row.sheet(), row.row()), row);
		}
		this.review = review(warehouse, runId);
		this.seatsFile = file(warehouse, this.facts.snapshots().seats());
		this.twinningFile = file(warehouse, this.facts.snapshots().twinning());
		this.auditHead = warehouse.jdbc()
			.query("SELECT audit_head_seq, audit_head_hash FROM run WHERE run_id = ? AND audit_head_seq IS NOT NULL",
					(row, n) -> "event " + row.getLong(1) + ", the last of the night of " + asOf + "\nhash "
							+ row.getString(2),
					runId)
			.stream()
			.findFirst()
			.orElse(null);
		warehouse.jdbc()
			.query("SELECT f.sha256, f.path, r.yaml FROM rulebook r JOIN source_file f USING (file_seq)",
					(row, n) -> new RulebookFile(row.getString(1), row.getString(2), row.getString(3)))
			.forEach((file) -> this.rulebooks.put(file.sha256(), file));
	}

	private static List<ReviewRow> review(Warehouse warehouse, int runId) {
		return warehouse.jdbc()
			.query("""
					SELECT i.ref, f.path, i.sheet, i.row_no, i.session_date, i.slot, i.seat_code, i.name,
						i.suggestions, i.status
					FROM review_item i JOIN source_file f USING (file_seq)
					WHERE i.run_id = ?
					ORDER BY i.session_date, CASE i.slot WHEN 'AM' THEN 1 WHEN 'PM' THEN 2 ELSE 3 END, f.path, i.sheet,
						i.row_no""",
					(row, n) -> new ReviewRow(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
							row.getObject(5, LocalDate.class), row.getString(6), row.getString(7), row.getString(8),
							Arrays.asList(row.getString(9).split(";")), row.getString(10)),
					runId);
	}

	private static String file(Warehouse warehouse, Integer fileSeq) {
		if (fileSeq == null) {
			return "none held";
		}
		return warehouse.jdbc()
			.queryForObject("SELECT path || chr(10) || 'SHA-256 ' || sha256 FROM source_file WHERE file_seq = ?",
					String.class, fileSeq);
	}

	private static String key(String candidateId, String period, String rule) {
		return candidateId.toLowerCase(Locale.ROOT) + "\u0000" + period.toLowerCase(Locale.ROOT) + "\u0000" + rule;
	}

	private static String rowKey(String path, String sheet, int row) {
		return path + "\u0000" + sheet + "\u0000" + row;
	}

	int runId() {
		return this.runId;
	}

	LocalDate asOf() {
		return this.asOf;
	}

	NightFacts facts() {
		return this.facts;
	}

	/**
	 * @param dossier a recorded decision
	 * @return the same decision as the night's facts give it, with its basis, or
	 * {@code null}
	 */
	Decision derived(DecisionDossier dossier) {
		return this.decisions.get(key(dossier.candidateId(), dossier.period(), dossier.rule()));
	}

	/**
	 * @param path a workbook
	 * @param sheet a sheet
	 * @param row a row
	 * @return the sign-in row, or {@code null}
	 */
	SheetRow sheetRow(String path, String sheet, int row) {
		return this.sheetRows.get(rowKey(path, sheet, row));
	}

	/**
	 * @param candidateId a candidate
	 * @param from the first day
	 * @param to the last day
	 * @return the night's review rows dated in those days that suggest the candidate or
	 * were assigned to them
	 */
	List<ReviewRow> reviewRowsFor(String candidateId, LocalDate from, LocalDate to) {
		return this.review.stream()
			.filter((row) -> !row.date().isBefore(from) && !row.date().isAfter(to))
			.filter((row) -> row.status().equalsIgnoreCase("assigned " + candidateId)
					|| row.suggestions().stream().anyMatch((id) -> id.strip().equalsIgnoreCase(candidateId)))
			.toList();
	}

	String seatsFile() {
		return this.seatsFile;
	}

	String twinningFile() {
		return this.twinningFile;
	}

	/**
	 * @param sha256 a rulebook file's SHA-256
	 * @return the file, or {@code null}
	 */
	RulebookFile rulebookFile(String sha256) {
		return this.rulebooks.get(sha256);
	}

	/**
	 * @return the last audit event when the night completed, or {@code null}
	 */
	String auditHead() {
		return this.auditHead;
	}

	/**
	 * A rulebook as HQ wrote it.
	 *
	 * @param sha256 the file's SHA-256
	 * @param path its inbox path
	 * @param yaml its text
	 */
	record RulebookFile(String sha256, String path, String yaml) {
	}

	/**
	 * A row of the night's review queue.
	 *
	 * @param ref its reference
	 * @param path the workbook
	 * @param sheet the sheet
	 * @param row the row
	 * @param date the session date
	 * @param slot the slot
	 * @param seat the seat
	 * @param name the name as written, or {@code null}
	 * @param suggestions the candidates it may be
	 * @param status {@code open}, {@code assigned <id>} or {@code rejected}
	 */
	record ReviewRow(String ref, String path, String sheet, int row, LocalDate date, String slot, String seat,
			String name, List<String> suggestions, String status) {
	}

}
