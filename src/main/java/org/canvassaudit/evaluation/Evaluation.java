package org.canvassaudit.evaluation;

import java.util.List;

import org.canvassaudit.access.ToolAccess;
import org.canvassaudit.rules.GotvPlan;

/**
 * A night's evaluation: its decisions as recorded, everyone's access, and the GOTV plan.
 *
 * @param facts what it was made from
 * @param decisions every decision, sorted by candidate, period and rule
 * @param access every candidate's access to every tool
 * @param gotv the GOTV plan, or {@code null} when no rulebook has one
 */
public record Evaluation(NightFacts facts, List<RecordedDecision> decisions, List<ToolAccess> access,
		GotvPlan.Plan gotv) {
}
