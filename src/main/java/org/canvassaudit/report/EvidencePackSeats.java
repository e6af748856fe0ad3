package org.canvassaudit.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.Evidence;
import org.canvassaudit.rules.IsoWeek;
import org.canvassaudit.rules.SeatRow;
import org.canvassaudit.rules.Seats;
import org.canvassaudit.rules.Session;
import org.canvassaudit.rules.Twinning;

/**
 * The reference sections of an evidence pack: the classification in force, day by day, of
 * the own seat, the twinned seats and every seat the candidate campaigned in during the
 * period; and the candidate's twinning rows with the days each was in force.
 */
final class EvidencePackSeats {

	private static final String CLASSIFICATION = "Seat classification in force";

	private static final String TWINNING = "Twinning";

	private static final List<String> SEAT_HEADINGS = List.of("Seat", "Role here", "Days", "Classification", "Held",
			"Row valid from");

	private static final List<String> TWINNING_HEADINGS = List.of("Twinned with", "Valid from", "Valid to",
			"In force during the week");

	private final DecisionDossier dossier;

	private final EvidencePackNight night;

	private final Evidence evidence;

	private final LocalDate first;

	private final LocalDate last;

	EvidencePackSeats(DecisionDossier dossier, EvidencePackNight night) {
		this.dossier = dossier;
		this.night = night;
		this.evidence = night.facts().evidence();
		IsoWeek week = Decision.RECESS_VISITS.equals(dossier.rule()) ? null : IsoWeek.parse(dossier.period());
		this.first = (week != null) ? week.monday() : dossier.from();
		this.last = (week != null) ? week.sunday() : dossier.to();
	}

	List<EvidencePackLine> classification() {
		List<EvidencePackLine> lines = new ArrayList<>();
		seatRoles().forEach((seat, role) -> lines.addAll(seatLines(seat, role)));
		lines.add(EvidencePackLine.keyValue(CLASSIFICATION, "Seats file", this.night.seatsFile()));
		return lines;
	}

	private Map<String, String> seatRoles() {
		Map<String, String> roles = new LinkedHashMap<>();
		if (this.dossier.ownSeat() != null) {
			roles.put(this.dossier.ownSeat(), "own seat");
			for (Twinning twinning : this.evidence.twinningsOf(this.dossier.candidateId())) {
				if (!twinning.validFrom().isAfter(this.last)
						&& (twinning.validTo() == null || !twinning.validTo().isBefore(this.first))) {
					roles.putIfAbsent(twinning.targetSeatCode(), "twinned");
				}
			}
		}
		for (Session session : this.evidence.sessionsOf(this.dossier.candidateId())) {
			if (!session.date().isBefore(this.first) && !session.date().isAfter(this.last)) {
				roles.putIfAbsent(session.seatCode(), "campaigned there");
			}
		}
		return roles;
	}

	private List<EvidencePackLine> seatLines(String seat, String role) {
		Seats seats = this.evidence.seats();
		List<EvidencePackLine> lines = new ArrayList<>();
		LocalDate runStart = this.first;
		SeatRow running = seats.inForce(seat, this.first);
		for (LocalDate day = this.first.plusDays(1); !day.isAfter(this.last.plusDays(1)); day = day.plusDays(1)) {
			SeatRow row = day.isAfter(this.last) ? null : seats.inForce(seat, day);
			if (day.isAfter(this.last) || !Objects.equals(row, running)) {
				lines.add(seatLine(seat, role, runStart, day.minusDays(1), running));
				runStart = day;
				running = row;
			}
		}
		return lines;
	}

	private EvidencePackLine seatLine(String seat, String role, LocalDate from, LocalDate to, SeatRow row) {
		String days = from.equals(to) ? from.toString() : from + " to " + to;
		if (row == null) {
			return EvidencePackLine.row(CLASSIFICATION, "seats", SEAT_HEADINGS, seatName(seat), role, days,
					"none in force", "", "");
		}
		return EvidencePackLine.row(CLASSIFICATION, "seats", SEAT_HEADINGS, seatName(seat), role, days,
				row.classification(), row.held() ? "yes" : "no", row.validFrom().toString());
	}

	/**
	 * @param seat a seat code
	 * @return the code and the seat's latest name
	 */
	String seatName(String seat) {
		List<SeatRow> history = this.evidence.seats().history(seat);
		String name = history.isEmpty() ? null : history.get(history.size() - 1).seatName();
		return (name != null && !name.isBlank()) ? seat + " " + name : seat;
	}

	List<EvidencePackLine> twinning() {
		List<EvidencePackLine> lines = new ArrayList<>();
		for (Twinning twinning : this.evidence.twinningsOf(this.dossier.candidateId())) {
			lines.add(EvidencePackLine.row(TWINNING, "twinning", TWINNING_HEADINGS, seatName(twinning.targetSeatCode()),
					twinning.validFrom().toString(),
					(twinning.validTo() != null) ? twinning.validTo().toString() : "open-ended", inForce(twinning)));
		}
		if (lines.isEmpty()) {
			lines.add(EvidencePackLine.text(TWINNING, "No twinning held for " + this.dossier.candidateId() + "."));
		}
		lines.add(EvidencePackLine.keyValue(TWINNING, "Twinning file", this.night.twinningFile()));
		return lines;
	}

	private String inForce(Twinning twinning) {
		LocalDate from = twinning.validFrom().isAfter(this.first) ? twinning.validFrom() : this.first;
		LocalDate to = (twinning.validTo() != null && twinning.validTo().isBefore(this.last)) ? twinning.validTo()
				: this.last;
		if (from.isAfter(to)) {
			return "not in force this week";
		}
		if (from.equals(this.first) && to.equals(this.last)) {
			return "all week";
		}
		return from.equals(to) ? from.toString() : from + " to " + to;
	}

}
