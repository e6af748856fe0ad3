package org.canvassaudit.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One version of HQ's rulebook. It governs every week whose Monday is on or after
 * {@code effectiveFrom}, until a later version takes over. A rule it leaves out is not
 * evaluated under it.
 *
 * @param name the rulebook's name
 * @param version its version
 * @param effectiveFrom the first Monday it may govern
 * @param twinnedSessions the {@code twinned_sessions} rule, or {@code null}
 * @param recessVisits the {@code recess_visits} rule, or {@code null}
 * @param classificationAccess {@code classification_access}: tools denied outright, by
 * seat classification (empty when absent)
 * @param gotv the {@code gotv} plan, or {@code null}
 * @param sha256 the SHA-256 of the rulebook file
 */
public record Rulebook(String name, int version, LocalDate effectiveFrom, TwinnedSessions twinnedSessions,
		RecessVisits recessVisits, Map<String, Set<Tool>> classificationAccess, Gotv gotv, String sha256) {

	/**
	 * @param other another rulebook
	 * @return whether both say the same, whatever their bytes
	 */
	public boolean sameContentAs(Rulebook other) {
		return new Rulebook(this.name, this.version, this.effectiveFrom, this.twinnedSessions, this.recessVisits,
				this.classificationAccess, this.gotv, null)
			.equals(new Rulebook(other.name, other.version, other.effectiveFrom, other.twinnedSessions,
					other.recessVisits, other.classificationAccess, other.gotv, null));
	}

	/**
	 * The {@code twinned_sessions} rule: candidates busy in their own seat must campaign
	 * in the battleground seats they are twinned with.
	 *
	 * @param appliesToClassifications own-seat classifications the rule applies to
	 * @param ownSeatContactsMoreThan the rule applies above this many own-seat contacts a
	 * week
	 * @param requiredTwinnedSessions twinned sessions a week needed to comply
	 * @param revokeOnBreach tools a breach revokes
	 */
	public record TwinnedSessions(Set<String> appliesToClassifications, int ownSeatContactsMoreThan,
			int requiredTwinnedSessions, List<Tool> revokeOnBreach) {
	}

	/**
	 * The {@code recess_visits} rule: frontbenchers canvass in target seats during a
	 * recess.
	 *
	 * @param role the roster role it applies to
	 * @param requiredVisits visit days needed
	 * @param visitsMustBeDeclared whether a visit day counts only when declared
	 */
	public record RecessVisits(String role, int requiredVisits, boolean visitsMustBeDeclared) {
	}

	/**
	 * The {@code gotv} plan for polling day.
	 *
	 * @param pollingDay polling day
	 * @param noSupportForHeldSeats whether seats the party holds get no get-out-the-vote
	 * support
	 */
	public record Gotv(LocalDate pollingDay, boolean noSupportForHeldSeats) {
	}

}
