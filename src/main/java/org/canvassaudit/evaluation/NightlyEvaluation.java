package org.canvassaudit.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.canvassaudit.access.AccessChange;
import org.canvassaudit.access.AccessLedger;
import org.canvassaudit.access.AccessRules;
import org.canvassaudit.access.Denials;
import org.canvassaudit.access.FinishedWeek;
import org.canvassaudit.access.ToolAccess;
import org.canvassaudit.rules.Candidate;
import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.Evidence;
import org.canvassaudit.rules.GotvPlan;
import org.canvassaudit.rules.Status;
import org.canvassaudit.rules.Tool;
import org.canvassaudit.warehouse.Warehouse;

import org.springframework.stereotype.Component;

/**
 * Evaluates a night: reads the facts, applies the rules, records the decisions, then
 * works out everyone's access, all in one transaction, so a night is decided whole or not
 * at all. Run again for the same night, it records nothing new.
 */
@Component
public class NightlyEvaluation {

	private static final Log logger = LogFactory.getLog(NightlyEvaluation.class);

	/**
	 * @param warehouse the warehouse
	 * @param runId the night's run
	 * @param asOf the as-of date
	 * @return the evaluation
	 */
	public Evaluation evaluate(Warehouse warehouse, int runId, LocalDate asOf) {
		long start = System.nanoTime();
		ContactWinners.keep(warehouse);
		Derivation derivation = Derivation.of(warehouse, runId, asOf, runId);
		NightFacts facts = derivation.facts();
		List<Decision> decisions = derivation.decisions();
		logger.info(String.format("derived %d decisions in %.1f s", decisions.size(), seconds(start)));
		return warehouse.inTransaction(() -> {
			long recording = System.nanoTime();
			List<RecordedDecision> recorded = new DecisionStore(warehouse).record(facts, decisions,
					derivation.appeals());
			logger.info(String.format("recorded decisions and their evidence in %.1f s", seconds(recording)));
			AccessLedger ledger = new AccessLedger(warehouse);
			List<ToolAccess> access = new ArrayList<>();
			List<AccessChange> changes = new ArrayList<>();
			Map<String, Map<Tool, ToolAccess>> previous = ledger.latest(runId);
			Map<String, Map<Tool, LocalDate>> lastSent = ledger.lastSent(runId);
			Map<Decision, Status> previousStatus = new HashMap<>();
			recorded.forEach((row) -> previousStatus.put(row.decision(), row.previousFinishedStatus()));
			Map<String, List<FinishedWeek>> weeks = FinishedWeeks.of(decisions, previousStatus::get,
					facts.evidence().rulebooks());
			Evidence evidence = facts.evidence();
			for (Candidate candidate : evidence.roster()) {
				AccessRules.Outcome outcome = AccessRules.evaluate(candidate.id(),
						weeks.getOrDefault(candidate.id(), List.of()), previous.getOrDefault(candidate.id(), Map.of()),
						lastSent.getOrDefault(candidate.id(), Map.of()),
						AccessForecast.denial(candidate, evidence, derivation.appeals()), asOf);
				access.addAll(outcome.access());
				changes.addAll(outcome.changes());
			}
			ledger.record(runId, access, changes);
			ReviewQueue.record(warehouse, runId, facts.sheetMatches());
			return new Evaluation(facts, recorded, access,
					GotvPlan.of(evidence.rulebooks(), evidence.seats(), evidence.asOf()));
		});
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
