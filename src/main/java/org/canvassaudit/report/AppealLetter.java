package org.canvassaudit.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.canvassaudit.access.AccessChange;
import org.canvassaudit.appeal.Appeal;
import org.canvassaudit.audit.AuditTrail;
import org.canvassaudit.evaluation.AppealRulings;
import org.canvassaudit.warehouse.Warehouse;

import org.springframework.stereotype.Component;

/**
 * The outcome letter a candidate receives, {@code appeal-<id>.pdf}: the decision appealed
 * and the grounds, the evidence considered with its hashes, the outcome and the
 * reviewer's reason, what changes in access and from when, and how to check the record.
 */
@Component
public class AppealLetter {

	private final CompiledReports reports;

	public AppealLetter(CompiledReports reports) {
		this.reports = reports;
	}

	/**
	 * @param warehouse the warehouse
	 * @param appeal a decided appeal
	 * @param ruling what the decision changed
	 * @param file where to write the letter
	 */
	public void write(Warehouse warehouse, Appeal appeal, AppealRulings.Ruling ruling, Path file) {
		List<Map<String, ?>> sections = new ArrayList<>();
		section(sections, "What you appealed", appealed(warehouse, appeal));
		section(sections, "Your grounds", appeal.grounds());
		section(sections, "Evidence considered", evidence(appeal));
		Appeal.Outcome outcome = appeal.outcome();
		section(sections, "Outcome", "Your appeal was " + outcome.word() + " by " + outcome.reviewer() + " on "
				+ outcome.decidedOn() + ".\n" + "Reason: " + outcome.reason());
		section(sections, "What changes in your access", changes(ruling));
		section(sections, "How to check this record", verification(warehouse, appeal));
		Pdfs.write(this.reports.get("appeal-letter"),
				Map.of("appealId", appeal.appealId(), "candidate", candidate(warehouse, appeal), "outcome",
						outcome.word(), "auditHead", new AuditTrail(warehouse).head().hash()),
				new JRMapCollectionDataSource(sections), "Appeal " + appeal.appealId(), file);
	}

	private static void section(List<Map<String, ?>> sections, String heading, String body) {
		sections.add(Map.of("heading", heading, "body", body));
	}

	private static String candidate(Warehouse warehouse, Appeal appeal) {
		List<String> names = warehouse.jdbc().queryForList("""
				SELECT full_name FROM candidate_row WHERE file_seq = (
					SELECT max(file_seq) FROM source_file WHERE kind = 'CANDIDATES' AND status = 'INGESTED')
				AND candidate_id = ?""", String.class, appeal.candidateId());
		return (names.isEmpty() ? "" : names.get(0) + ", ") + "candidate " + appeal.candidateId();
	}

	private static String appealed(Warehouse warehouse, Appeal appeal) {
		String lodged = "Appeal " + appeal.appealId() + ", lodged on " + appeal.lodgedAt().toLocalDate() + ", against ";
		if (appeal.isDenial()) {
			return lodged + "the denial of " + String.join(", ", appeal.deniedTools()) + " by your seat's "
					+ appeal.classification() + ".";
		}
		Map<String, Object> d = warehouse.jdbc()
			.queryForMap("SELECT * FROM decision WHERE decision_seq = ?", appeal.decisionSeq());
		String figures = (d.get("own_seat_contacts") != null)
				? d.get("own_seat_contacts") + " own-seat contacts, " + d.get("twinned_sessions") + " of "
						+ d.get("required_sessions") + " twinned sessions"
				: d.get("twinned_sessions") + " of " + d.get("required_sessions") + " visit days";
		return lodged + "decision " + appeal.decisionId() + ": " + appeal.rule() + " for " + appeal.period()
				+ ", BREACH (" + figures + "), under rulebook version " + d.get("rulebook_version") + ".";
	}

	private static String evidence(Appeal appeal) {
		if (appeal.evidence().isEmpty()) {
			return "You sent no files. The reviewer considered the evidence behind the decision.";
		}
		StringBuilder text = new StringBuilder();
		for (Appeal.EvidenceFile file : appeal.evidence()) {
			text.append(file.fileName())
				.append(" (")
				.append(file.sizeBytes())
				.append(" bytes), SHA-256 ")
				.append(file.sha256())
				.append('\n');
		}
		return text.toString().strip();
	}

	private static String changes(AppealRulings.Ruling ruling) {
		if (ruling.changes().isEmpty()) {
			return "No change to your access.";
		}
		StringBuilder text = new StringBuilder();
		if (ruling.voidedDecisionId() != null) {
			text.append("The breach is void (decision ").append(ruling.voidedDecisionId()).append(").\n");
		}
		for (AccessChange change : ruling.changes()) {
			text.append(change.tool().key())
				.append(": ")
				.append(change.from())
				.append(" to ")
				.append(change.to())
				.append(" from ")
				.append(change.effective())
				.append('\n');
		}
		return text.toString().strip();
	}

	private static String verification(Warehouse warehouse, Appeal appeal) {
		List<Map<String, Object>> events = warehouse.jdbc()
			.queryForList("""
					SELECT seq, event_type, hash FROM audit_event
					WHERE event_type IN ('appeal', 'appeal_decision') AND payload LIKE ? ORDER BY seq""",
					"{\"appeal_seq\":\"" + appeal.seq() + "\",%");
		StringBuilder text = new StringBuilder("Your appeal and its outcome are sealed in HQ's audit trail:\n");
		for (Map<String, Object> event : events) {
			text.append("event ")
				.append(event.get("seq"))
				.append(" (")
				.append(event.get("event_type"))
				.append("), hash ")
				.append(event.get("hash"))
				.append('\n');
		}
		return text
			.append("Anyone holding the warehouse can check the whole trail with: "
					+ "java -jar canvass-audit.jar audit verify --warehouse <file>")
			.toString();
	}

}
