package org.canvassaudit.cli;

import java.util.List;
import java.util.Map;

import org.canvassaudit.appeal.Appeal;
import org.canvassaudit.appeal.Appeals;
import org.canvassaudit.nightly.Nights;
import org.canvassaudit.warehouse.Warehouse;

/**
 * Works out what an appeal is against, from the latest night: the candidate's breach
 * decision for the period, else the tools the seat's classification denies. Anything else
 * is bad usage.
 */
final class AppealTargets {

	private final Warehouse warehouse;

	private final int runId;

	AppealTargets(Warehouse warehouse, int runId) {
		this.warehouse = warehouse;
		this.runId = runId;
	}

	Appeals.Lodging lodging(String candidate, String period, String grounds) {
		String candidateId = Nights.rosterId(this.warehouse, candidate)
			.orElseThrow(() -> new UsageException("no candidate " + candidate.strip() + " in the roster"));
		List<Map<String, Object>> breaches = this.warehouse.jdbc()
			.queryForList(
					"""
							SELECT d.decision_seq, d.decision_id, d.period, d.rule FROM run_decision r JOIN decision d USING (decision_seq)
							WHERE r.run_id = ? AND d.candidate_id = ? AND lower(d.period) = lower(?) AND d.status = 'BREACH'
							ORDER BY d.rule""",
					this.runId, candidateId, period.strip());
		Appeals appeals = new Appeals(this.warehouse);
		if (!breaches.isEmpty()) {
			Map<String, Object> breach = breaches.get(0);
			String decisionId = (String) breach.get("decision_id");
			appeals.against(decisionId).ifPresent((earlier) -> {
				throw new UsageException(
						"decision " + decisionId + " has already been appealed (" + earlier.appealId() + ")");
			});
			return new Appeals.Lodging(candidateId, (String) breach.get("period"), (String) breach.get("rule"),
					(Integer) breach.get("decision_seq"), decisionId, List.of(), null, grounds);
		}
		List<Map<String, Object>> denied = this.warehouse.jdbc().queryForList("""
				SELECT tool, since, reason FROM access_snapshot
				WHERE run_id = (SELECT max(run_id) FROM access_snapshot) AND candidate_id = ? AND state = 'DENIED'
				ORDER BY tool""", candidateId);
		if (denied.isEmpty()) {
			throw new UsageException("candidate " + candidateId + " has no breach in " + period.strip()
					+ " and no tool denied by classification: there is nothing to appeal");
		}
		String position = denied.get(0).get("reason") + " since " + denied.get(0).get("since");
		for (Appeal earlier : appeals.all()) {
			if (earlier.isDenial() && earlier.candidateId().equals(candidateId)
					&& position.equals(earlier.classification())) {
				throw new UsageException(
						"the denial (" + position + ") has already been appealed (" + earlier.appealId() + ")");
			}
		}
		List<String> tools = denied.stream().map((row) -> (String) row.get("tool")).toList();
		return new Appeals.Lodging(candidateId, period.strip(), Appeal.DENIAL, null, null, tools, position, grounds);
	}

}
