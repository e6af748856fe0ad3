package org.canvassaudit.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.canvassaudit.evaluation.Evaluation;
import org.canvassaudit.evaluation.RecordedDecision;
import org.canvassaudit.rules.Candidate;
import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.Evidence;
import org.canvassaudit.rules.IsoWeek;
import org.canvassaudit.rules.Rulebook;
import org.canvassaudit.rules.SeatRow;
import org.canvassaudit.warehouse.Warehouse;

/**
 * What every section of the HQ report reads: the night, its evidence, and the two weeks a
 * compliance officer asks about at 8 a.m. — the latest finished week, whose breaches
 * revoke access, and the week still running.
 *
 * @param warehouse the warehouse
 * @param night what the night did
 * @param lastWeek the latest week that had ended on the as-of date
 * @param thisWeek the week containing the as-of date, still pending
 * @param roster the roster, by candidate id
 */
record HqNight(Warehouse warehouse, NightlyOutputs.Night night, IsoWeek lastWeek, IsoWeek thisWeek,
		Map<String, Candidate> roster) {

	/** How the report writes a day in a sentence, e.g. "Sunday 9 June 2024". */
	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	static HqNight of(Warehouse warehouse, NightlyOutputs.Night night) {
		IsoWeek thisWeek = IsoWeek.of(night.asOf());
		Map<String, Candidate> roster = new HashMap<>();
		for (Candidate candidate : night.evaluation().facts().evidence().roster()) {
			roster.put(candidate.id(), candidate);
		}
		return new HqNight(warehouse, night, new IsoWeek(thisWeek.monday().minusWeeks(1)), thisWeek, roster);
	}

	LocalDate asOf() {
		return this.night.asOf();
	}

	Evaluation evaluation() {
		return this.night.evaluation();
	}

	Evidence evidence() {
		return evaluation().facts().evidence();
	}

	/**
	 * @param candidateId a candidate
	 * @return "Ann Smith (C1)", or the id alone when the roster no longer has it
	 */
	String who(String candidateId) {
		Candidate candidate = this.roster.get(candidateId);
		return (candidate != null) ? candidate.fullName() + " (" + candidateId + ")" : candidateId;
	}

	/**
	 * @param candidateId a candidate
	 * @return the region of their own seat on the as-of date, or "No region" when the
	 * seats snapshot gives none
	 */
	String regionOf(String candidateId) {
		Candidate candidate = this.roster.get(candidateId);
		SeatRow seat = (candidate != null) ? evidence().seats().inForce(candidate.seatCode(), asOf()) : null;
		if (seat == null && candidate != null) {
			List<SeatRow> history = evidence().seats().history(candidate.seatCode());
			seat = history.isEmpty() ? null : history.get(history.size() - 1);
		}
		return (seat != null && seat.region() != null && !seat.region().isBlank()) ? seat.region() : "No region";
	}

	/**
	 * @param week a week
	 * @return tonight's {@code twinned_sessions} decisions for that week
	 */
	List<Decision> twinnedSessions(IsoWeek week) {
		String period = week.toString();
		return evaluation().decisions()
			.stream()
			.map(RecordedDecision::decision)
			.filter((d) -> Decision.TWINNED_SESSIONS.equals(d.rule()) && d.period().equals(period))
			.toList();
	}

	/**
	 * @param decision a decision
	 * @return the rulebook it was made under
	 */
	Rulebook rulebookOf(Decision decision) {
		return evidence().rulebooks()
			.all()
			.stream()
			.filter((rulebook) -> rulebook.sha256().equals(decision.rulebookSha256()))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * @return the rulebook for the as-of week, or {@code null} before the first one
	 */
	Rulebook currentRulebook() {
		return evidence().rulebooks().forDate(asOf());
	}

}
