package org.canvassaudit.report;

import java.io.PrintWriter;

import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.IsoWeek;

/**
 * The derivation of a decision as text: the rule and its version, each figure with the
 * rows behind it, the distance to each threshold, and its timeline of appeals and
 * reviews.
 */
public final class ExplanationText {

	private ExplanationText() {
	}

	/**
	 * @param d the decision
	 * @param basis the decision as the night derived it, for a recess decision's days
	 * declared and not attended and the other way round, or {@code null}
	 * @param out where to print
	 */
	public static void print(DecisionDossier d, Decision.Basis basis, PrintWriter out) {
		out.printf("Decision %s: %s for %s %s, %s%n", d.decisionId(), d.rule(), d.candidateId(), d.candidateName(),
				period(d));
		out.printf("Status: %s%n", d.status());
		out.printf("Rulebook: %s version %d, effective from %s (sha256 %s)%n", d.rulebook().name(),
				d.rulebook().version(), d.rulebook().effectiveFrom(), d.rulebook().sha256());
		out.printf("Evidence dated %s to %s; recorded by run %d%s%n", d.from(), d.to(), d.runId(),
				(d.supersedes() != null) ? ", superseding decision row " + d.supersedes() : "");
		if (d.ownSeat() != null) {
			out.printf("Own seat: %s, %s on %s%n", d.ownSeat(),
					(d.classification() != null) ? d.classification() : "no classification in force", d.from());
			out.printf("%nOwn-seat contacts: %d counted (not-in excluded)%n", d.ownSeatContacts());
			for (DecisionDossier.ContactDay day : d.contactDays()) {
				out.printf("  %s  %4d  %s rows %s%n", day.date(), day.count(), day.path(), day.rows());
			}
		}
		String what = Decision.RECESS_VISITS.equals(d.rule()) ? "Visit days counted" : "Twinned sessions";
		out.printf("%n%s: %d of %d required%n", what, d.twinnedSessions(), d.requiredSessions());
		for (DecisionDossier.SessionEvidence row : d.sessions()) {
			out.printf("  %-12s %-28s %s%s row %d%s%n", row.kind(), row.session(), row.path(),
					(row.sheet() != null) ? " sheet '" + row.sheet() + "'" : "", row.row(),
					(row.matchedBy() != null) ? " (" + row.matchedBy() + ")" : "");
		}
		if (basis != null && Decision.RECESS_VISITS.equals(d.rule())) {
			out.printf("  declared, not attended: %s%n", HqRecess.dates(basis.declaredNotAttended()));
			out.printf("  attended, not declared: %s%n", HqRecess.dates(basis.attendedNotDeclared()));
		}
		out.printf("%nWhy: %s%n", d.reasons());
		out.printf("Distance to the thresholds:%n");
		for (String line : Distance.of(d).split("\n")) {
			out.printf("  %s%n", line);
		}
		out.printf("%nAudit trail (check with: canvass-audit audit verify):%n");
		for (DecisionDossier.AuditEntry entry : d.audit()) {
			out.printf("  event %d %s %s hash %s%n", entry.seq(), entry.type(), entry.subject(), entry.hash());
		}
		out.printf("Evidence digest: %s%n", d.evidenceDigest());
		timeline(d.timeline(), out);
	}

	/**
	 * Each entry on one line, its audit event on the next; then, when no appeal nor
	 * review has touched the decision, a line that says so.
	 */
	private static void timeline(DecisionTimeline timeline, PrintWriter out) {
		out.printf("%nTimeline (what happened to the decision, in the order the audit trail recorded it):%n");
		for (DecisionTimeline.Entry entry : timeline.entries()) {
			out.printf("  %s  %s%n", entry.date(), entry.what());
			out.printf("              %s%n", entry.audit());
		}
		if (!timeline.touched()) {
			out.printf("  %s%n", DecisionTimeline.UNTOUCHED);
		}
	}

	private static String period(DecisionDossier d) {
		IsoWeek week = IsoWeek.parse(d.period());
		return (week != null) ? "week " + d.period() + " (" + week.monday() + " to " + week.sunday() + ")"
				: d.period() + " (" + d.from() + " to " + d.to() + ")";
	}

}
