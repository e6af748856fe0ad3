package org.canvassaudit.evaluation;

import java.time.LocalDate;
import java.util.List;

import org.canvassaudit.appeal.Appeals;
import org.canvassaudit.rules.ComplianceRules;
import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.Rulebook;
import org.canvassaudit.warehouse.Warehouse;

/**
 * The decisions the evidence held at the end of a run's ingest gives: the one derivation
 * the nightly job, {@code replay} and {@code simulate} all use.
 *
 * @param facts what the decisions were made from
 * @param decisions the decisions, sorted by candidate, period and rule
 * @param appeals the appeals upheld before the night, already applied to the decisions
 */
public record Derivation(NightFacts facts, List<Decision> decisions, UpheldAppeals appeals) {

	/**
	 * @param warehouse the warehouse
	 * @param runId the run whose evidence to use
	 * @param asOf the as-of date
	 * @param resolutionsBeforeRun review settlements made before this run count
	 * @return the derivation
	 */
	public static Derivation of(Warehouse warehouse, int runId, LocalDate asOf, int resolutionsBeforeRun) {
		NightFacts facts = new FactsLoader(warehouse, runId, asOf)
			.load(ReviewResolutions.before(warehouse, resolutionsBeforeRun));
		UpheldAppeals appeals = new UpheldAppeals(new Appeals(warehouse).upheldBefore(resolutionsBeforeRun));
		return new Derivation(facts, decide(facts, appeals), appeals);
	}

	/**
	 * @param draft a draft rulebook, taking the place of any held rulebook with its
	 * version or its {@code effective_from}
	 * @return the decisions the same evidence gives under the draft
	 */
	public Derivation withDraft(Rulebook draft) {
		NightFacts draftFacts = new NightFacts(this.facts.runId(), this.facts.evidence().withDraftRulebook(draft),
				this.facts.snapshots(), this.facts.sessionSources(), this.facts.declarationSources(),
				this.facts.sheetMatches());
		return new Derivation(draftFacts, decide(draftFacts, this.appeals), this.appeals);
	}

	private static List<Decision> decide(NightFacts facts, UpheldAppeals appeals) {
		return ComplianceRules.evaluate(facts.evidence()).stream().map(appeals::apply).toList();
	}

}
