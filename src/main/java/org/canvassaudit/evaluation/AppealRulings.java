package org.canvassaudit.evaluation;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.canvassaudit.access.AccessChange;
import org.canvassaudit.access.AccessLedger;
import org.canvassaudit.access.AccessRules;
import org.canvassaudit.access.AccessState;
import org.canvassaudit.access.FinishedWeek;
import org.canvassaudit.access.ToolAccess;
import org.canvassaudit.access.ToolState;
import org.canvassaudit.appeal.Appeal;
import org.canvassaudit.appeal.Appeals;
import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.IsoWeek;
import org.canvassaudit.rules.RulebookException;
import org.canvassaudit.rules.RulebookParser;
import org.canvassaudit.rules.Status;
import org.canvassaudit.rules.Tool;
import org.canvassaudit.warehouse.Warehouse;

/**
 * What a reviewer's decision on an appeal does (SPEC §3): an upheld appeal voids the
 * breach it names, so that breach revokes nothing; the tools it revoked come back from
 * the date of the decision, and later weeks are evaluated on from there. An upheld appeal
 * against a denial lifts it for the candidate's tools from that date. Every change is
 * recorded between nights, for the next night's access-changes file to carry to IT. A
 * dismissed appeal changes nothing.
 */
public final class AppealRulings {

	/** The reason given to access an upheld appeal restores. */
	public static final String APPEAL_UPHELD = "appeal upheld";

	private final Warehouse warehouse;

	public AppealRulings(Warehouse warehouse) {
		this.warehouse = warehouse;
	}

	/**
	 * Record the outcome and its consequences, in one transaction.
	 * @param appeal an open appeal
	 * @param outcome the reviewer's decision
	 * @return what changed
	 */
	public Ruling decide(Appeal appeal, Appeal.Outcome outcome) {
		return this.warehouse.inTransaction(() -> {
			new Appeals(this.warehouse).decide(appeal, outcome);
			if (!outcome.upheld()) {
				return new Ruling(null, List.of());
			}
			AccessLedger ledger = new AccessLedger(this.warehouse);
			Map<Tool, ToolAccess> current = ledger.latest(Integer.MAX_VALUE)
				.getOrDefault(appeal.candidateId(), Map.of());
			String voidedId = null;
			Map<Tool, ToolState> restored = new EnumMap<>(Tool.class);
			if (appeal.isDenial()) {
				appeal.deniedTools().forEach((tool) -> restored.put(Tool.ofKey(tool), null));
			}
			else {
				voidedId = voidBreach(appeal, outcome);
				if (voidedId != null && Decision.TWINNED_SESSIONS.equals(appeal.rule())) {
					restored.putAll(naturalAfterVoid(appeal, voidedId, outcome.decidedOn()));
				}
			}
			List<AccessChange> changes = new ArrayList<>();
			Map<Tool, LocalDate> lastSent = ledger.lastSent(Integer.MAX_VALUE)
				.getOrDefault(appeal.candidateId(), Map.of());
			List<ToolAccess> access = apply(appeal, current, lastSent, restored, outcome.decidedOn(), voidedId,
					changes);
			ledger.recordBetweenNights(outcome.decidedAfterRun(), changes);
			ledger.replaceLatest(appeal.candidateId(), access);
			return new Ruling(voidedId, changes);
		});
	}

	private String voidBreach(Appeal appeal, Appeal.Outcome outcome) {
		List<Map<String, Object>> latest = this.warehouse.jdbc().queryForList("""
				SELECT decision_seq, status FROM decision WHERE candidate_id = ? AND period = ? AND rule = ?
				ORDER BY decision_seq DESC LIMIT 1""", appeal.candidateId(), appeal.period(), appeal.rule());
		if (latest.isEmpty() || !Status.BREACH.name().equals(latest.get(0).get("status"))) {
			return null;
		}
		return new DecisionStore(this.warehouse).voided((Integer) latest.get(0).get("decision_seq"), appeal.seq(),
				outcome.decidedAfterRun());
	}

	/**
	 * @return each tool's state underneath, from scratch, over the latest night's
	 * finished weeks with the appealed week voided
	 */
	private Map<Tool, ToolState> naturalAfterVoid(Appeal appeal, String voidedId, LocalDate decidedOn) {
		List<FinishedWeek> weeks = new ArrayList<>();
		this.warehouse.jdbc().query("""
				SELECT d.period, d.status, d.twinned_sessions >= d.required_sessions, d.decision_id, r.yaml, f.sha256
				FROM decision d
				JOIN run_decision n ON n.decision_seq = d.decision_seq
				JOIN source_file f ON f.sha256 = d.rulebook_sha256 JOIN rulebook r ON r.file_seq = f.file_seq
				WHERE n.run_id = (SELECT max(run_id) FROM run WHERE status = 'COMPLETED')
					AND d.candidate_id = ? AND d.rule = 'twinned_sessions' AND d.finished""", (ResultSet row) -> {
			boolean appealed = row.getString(1).equals(appeal.period());
			weeks.add(new FinishedWeek(IsoWeek.parse(row.getString(1)),
					appealed ? Status.VOIDED : Status.valueOf(row.getString(2)), null, row.getBoolean(3),
					revokeOnBreach(row.getString(5), row.getString(6)), appealed ? voidedId : row.getString(4)));
		}, appeal.candidateId());
		weeks.sort(Comparator.comparing(FinishedWeek::week));
		AccessRules.Outcome natural = AccessRules.evaluate(appeal.candidateId(), weeks, Map.of(),
				AccessRules.Denial.none(decidedOn, null), decidedOn);
		Map<Tool, ToolState> states = new EnumMap<>(Tool.class);
		natural.access().forEach((access) -> states.put(access.tool(), access.underlying()));
		return states;
	}

	private static List<Tool> revokeOnBreach(String yaml, String sha256) {
		try {
			return RulebookParser.parse(yaml, sha256).twinnedSessions().revokeOnBreach();
		}
		catch (RulebookException ex) {
			throw new IllegalStateException("a stored rulebook no longer parses: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Move each tool the ruling touches, from the decision's date (or from the date of
	 * the state it moves, if later). A voided breach moves a tool underneath to its state
	 * without the breach, and in force too unless it is denied by classification; a
	 * lifted denial puts the tool in force at its state underneath. A tool revoked by the
	 * voided week's breach that a later breach keeps revoked does not move, but is now
	 * revoked by that later breach, from its own date.
	 */
	private static List<ToolAccess> apply(Appeal appeal, Map<Tool, ToolAccess> current, Map<Tool, LocalDate> lastSent,
			Map<Tool, ToolState> restored, LocalDate on, String voidedId, List<AccessChange> changes) {
		List<ToolAccess> access = new ArrayList<>();
		for (Tool tool : Tool.values()) {
			ToolAccess before = current.getOrDefault(tool, ToolAccess.initial(appeal.candidateId(), tool));
			ToolState below = before.underlying();
			ToolState visible = before.visible();
			if (appeal.isDenial() && restored.containsKey(tool) && visible.state() == AccessState.DENIED) {
				LocalDate from = notBefore(on, visible, lastSent.get(tool));
				if (below.since() == null) {
					below = new ToolState(below.state(), from, APPEAL_UPHELD, null);
				}
				changes.add(change(appeal, tool, visible.state(), below.state(), from, null));
				visible = below;
			}
			ToolState natural = appeal.isDenial() ? null : restored.get(tool);
			if (natural != null && natural.state() != below.state()) {
				LocalDate from = notBefore(on, (visible.state() != AccessState.DENIED) ? visible : below,
						lastSent.get(tool));
				below = new ToolState(natural.state(), from, APPEAL_UPHELD, voidedId);
				if (visible.state() != AccessState.DENIED) {
					changes.add(change(appeal, tool, visible.state(), below.state(), from, voidedId));
					visible = below;
				}
			}
			else if (natural != null && below.state() == AccessState.REVOKED
					&& AccessRules.breachOf(appeal.period()).equals(below.reason())) {
				visible = (visible.state() != AccessState.DENIED) ? natural : visible;
				below = natural;
			}
			access.add(new ToolAccess(appeal.candidateId(), tool, visible, below));
		}
		return access;
	}

	/**
	 * @return the decision's date, or the date the state it moves took effect, or of the
	 * last transition IT had of the tool, if later (a decision dated before the
	 * revocation or denial it undoes): a transition never takes effect before the one it
	 * follows
	 */
	private static LocalDate notBefore(LocalDate on, ToolState moved, LocalDate lastSent) {
		LocalDate from = (moved.since() != null && moved.since().isAfter(on)) ? moved.since() : on;
		return (lastSent != null && lastSent.isAfter(from)) ? lastSent : from;
	}

	private static AccessChange change(Appeal appeal, Tool tool, AccessState from, AccessState to, LocalDate on,
			String decisionId) {
		return new AccessChange(appeal.candidateId(), tool, from, to, on, APPEAL_UPHELD, decisionId);
	}

	/**
	 * What an upheld appeal changed.
	 *
	 * @param voidedDecisionId the {@code VOIDED} decision recorded, or {@code null}
	 * @param changes the access changes recorded for IT
	 */
	public record Ruling(String voidedDecisionId, List<AccessChange> changes) {
	}

}
