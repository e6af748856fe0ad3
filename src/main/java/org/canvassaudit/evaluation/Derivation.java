package org.canvassaudit.evaluation;

import java.time.LocalDate;
import java.util.List;

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
 */
public record Derivation(NightFacts facts, List<Decision> decisions) {

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
		return new Derivation(facts, ComplianceRules.evaluate(facts.evidence()));
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
		return new Derivation(draftFacts, ComplianceRules.evaluate(draftFacts.evidence()));
	}

}
