package org.canvassaudit.evaluation;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.canvassaudit.appeal.Appeal;
import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.Status;
import org.canvassaudit.rules.Tool;

/**
 * The appeals a night must respect (SPEC §3 "Access"): an upheld appeal voids the breach
 * it names, and later nights keep it voided, however the figures move, as long as the
 * rule still gives a breach; an upheld appeal against a denial lifts it for the
 * candidate's tools until the seat's classification or the rulebook changes.
 *
 * @param appeals the appeals upheld before the night
 */
public record UpheldAppeals(List<Appeal> appeals) {

	/**
	 * @param decision a decision the rules gave
	 * @return the decision, {@code VOIDED} when it is a breach an upheld appeal voided
	 */
	public Decision apply(Decision decision) {
		return (decision.status() == Status.BREACH && voidedBy(decision) != null) ? decision.withStatus(Status.VOIDED)
				: decision;
	}

	/**
	 * @param decision a decision
	 * @return the upheld appeal against a breach of its candidate, period and rule, or
	 * {@code null}
	 */
	public Integer voidedBy(Decision decision) {
		for (Appeal appeal : this.appeals) {
			if (!appeal.isDenial() && appeal.candidateId().equalsIgnoreCase(decision.candidateId())
					&& appeal.period().equals(decision.period()) && appeal.rule().equals(decision.rule())) {
				return appeal.seq();
			}
		}
		return null;
	}

	/**
	 * @param candidateId a candidate
	 * @param position what tonight's denials rest on, as
	 * {@link org.canvassaudit.access.Denials#position} words it
	 * @return the tools an upheld appeal lifted the denial of, while the position is
	 * unchanged
	 */
	public Set<Tool> liftedTools(String candidateId, String position) {
		Set<Tool> lifted = EnumSet.noneOf(Tool.class);
		for (Appeal appeal : this.appeals) {
			if (appeal.isDenial() && appeal.candidateId().equalsIgnoreCase(candidateId)
					&& appeal.classification().equals(position)) {
				appeal.deniedTools().forEach((tool) -> lifted.add(Tool.ofKey(tool.toLowerCase(Locale.ROOT))));
			}
		}
		return lifted;
	}

}
