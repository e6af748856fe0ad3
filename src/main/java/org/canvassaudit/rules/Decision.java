package org.canvassaudit.rules;

import java.time.LocalDate;
import java.util.List;

import org.canvassaudit.audit.Digest;

/**
 * One rule's decision for one candidate and period (an ISO week, or a recess by name).
 *
 * @param candidateId the candidate
 * @param period the week ({@code 2024-W24}) or the recess name
 * @param rule {@code twinned_sessions} or {@code recess_visits}
 * @param rulebookVersion the governing rulebook's version
 * @param rulebookSha256 the governing rulebook file's SHA-256
 * @param status the status
 * @param ownSeatContacts counted own-seat contacts in the week; {@code null} for a recess
 * @param twinnedSessions twinned sessions in the week, or counted recess visit days
 * @param requiredSessions sessions (or visit days) required
 * @param finished whether the period had ended on the as-of date
 * @param basis how the figures and the status were reached
 */
public record Decision(String candidateId, String period, String rule, int rulebookVersion, String rulebookSha256,
		Status status, Integer ownSeatContacts, int twinnedSessions, int requiredSessions, boolean finished,
		Basis basis) {

	/** The {@code twinned_sessions} rule's name. */
	public static final String TWINNED_SESSIONS = "twinned_sessions";

	/** The {@code recess_visits} rule's name. */
	public static final String RECESS_VISITS = "recess_visits";

	/**
	 * @return a hex id derived from the decision's content alone, so the same inputs give
	 * the same id on any machine and any night
	 */
	public String decisionId() {
		return Digest
			.of(this.candidateId, this.period, this.rule, Integer.toString(this.rulebookVersion), this.rulebookSha256,
					this.status.name(), String.valueOf(this.ownSeatContacts), Integer.toString(this.twinnedSessions),
					Integer.toString(this.requiredSessions))
			.substring(0, 16);
	}

	/**
	 * @param status another status
	 * @return this decision with that status
	 */
	public Decision withStatus(Status status) {
		return new Decision(this.candidateId, this.period, this.rule, this.rulebookVersion, this.rulebookSha256, status,
				this.ownSeatContacts, this.twinnedSessions, this.requiredSessions, this.finished, this.basis);
	}

	/**
	 * How a decision was reached, for the explanation and the evidence pack.
	 *
	 * @param ownSeat the candidate's own seat, or {@code null} for a recess
	 * @param classification the own seat's classification on the week's Monday, or
	 * {@code null}
	 * @param from the first day of evidence counted
	 * @param to the last day of evidence counted (the as-of date in a pending week)
	 * @param countedSessions the sessions that counted
	 * @param reasons why the status is what it is, in order
	 * @param declaredNotAttended recess: declared days with no qualifying session
	 * @param attendedNotDeclared recess: days with a qualifying session that were not
	 * declared
	 */
	public record Basis(String ownSeat, String classification, LocalDate from, LocalDate to,
			List<Session> countedSessions, List<String> reasons, List<LocalDate> declaredNotAttended,
			List<LocalDate> attendedNotDeclared) {
	}

}
