package org.canvassaudit.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.canvassaudit.appeal.Appeal;
import org.canvassaudit.appeal.Appeals;
import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.IsoWeek;
import org.canvassaudit.warehouse.Warehouse;

/**
 * The appeal and review timeline of a decision (SPEC §4: every step is an audit event):
 * each decision recorded for the candidate, period and rule, and what superseded what;
 * the review-queue settlements that touch the candidate in the period; the appeals
 * against it, lodged and decided; and the access changes they brought. Each entry carries
 * the audit event that seals it, and entries come in the order the audit trail recorded
 * them. {@code explain} prints it and the evidence pack renders it.
 * <p>
 * A candidate sees it in their evidence pack, so it names nobody else: a review row
 * appears only when it was settled as theirs, or rejected as nobody's while it suggested
 * them, and never with its name as written nor its other suggestions. An appeal against a
 * classification denial appears on the decisions of the period it was lodged for.
 *
 * @param entries what happened, in the order it was recorded
 * @param touched whether any review settlement or appeal is among them
 */
public record DecisionTimeline(List<Entry> entries, boolean touched) {

	/** The line that stands for an empty timeline of appeals and reviews. */
	public static final String UNTOUCHED = "No appeal or review has touched this decision.";

	/**
	 * @param warehouse the warehouse
	 * @param candidateId the candidate
	 * @param period the week or recess
	 * @param rule the rule
	 * @param from the decision's first day of evidence (a recess's first day)
	 * @param to the decision's last day of evidence
	 * @return the timeline
	 */
	public static DecisionTimeline of(Warehouse warehouse, String candidateId, String period, String rule,
			LocalDate from, LocalDate to) {
		IsoWeek week = Decision.RECESS_VISITS.equals(rule) ? null : IsoWeek.parse(period);
		TimelineReader reader = new TimelineReader(warehouse);
		Set<String> decisionIds = reader.decisions(candidateId, period, rule);
		reader.resolutions(candidateId, (week != null) ? week.monday() : from, (week != null) ? week.sunday() : to);
		List<Appeal> appeals = new Appeals(warehouse).all()
			.stream()
			.filter((appeal) -> appeal.candidateId().equalsIgnoreCase(candidateId)
					&& appeal.period().equalsIgnoreCase(period) && (appeal.isDenial() || appeal.rule().equals(rule)))
			.toList();
		appeals.forEach(reader::appeal);
		reader.accessChanges(candidateId, decisionIds);
		appeals.stream()
			.filter((appeal) -> appeal.isDenial() && !appeal.isOpen() && appeal.outcome().upheld())
			.forEach(reader::liftedDenial);
		List<Entry> entries = new ArrayList<>(reader.entries());
		entries.sort(Comparator.comparingLong(Entry::order));
		return new DecisionTimeline(Collections.unmodifiableList(entries), reader.touched() || !appeals.isEmpty());
	}

	/**
	 * One thing that happened.
	 *
	 * @param date the day it was recorded: the night's as-of date for what a night
	 * recorded, the day (UTC) for what a command recorded between nights
	 * @param what what happened, in words
	 * @param auditSeq the sequence number of the audit event that seals it, or
	 * {@code null}
	 * @param auditHash that event's hash, or {@code null}
	 */
	public record Entry(LocalDate date, String what, Long auditSeq, String auditHash) {

		/**
		 * @return the audit event in words, e.g. {@code audit event 12, hash 3fa…}
		 */
		public String audit() {
			return (this.auditSeq != null) ? "audit event " + this.auditSeq + ", hash " + this.auditHash
					: "no audit event";
		}

		private long order() {
			return (this.auditSeq != null) ? this.auditSeq : Long.MAX_VALUE;
		}

	}

}
