package org.canvassaudit.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.canvassaudit.evaluation.SessionSource;
import org.canvassaudit.evaluation.SheetRow;
import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.Evidence;
import org.canvassaudit.rules.Rulebook;
import org.canvassaudit.rules.Session;
import org.canvassaudit.rules.Slot;
import org.canvassaudit.rules.Twinning;

/**
 * The session sections of an evidence pack: every record that counted and how it was
 * matched; every record of the candidate's sessions in the period that did not count, and
 * why; and the review-queue rows that may be theirs. Names appear only as written on rows
 * matched to, or suggested for, this candidate.
 */
final class EvidencePackSessions {

	private static final List<String> COUNTED = List.of("Date", "Slot", "Seat", "Source file", "Sheet, row",
			"How it was matched");

	private static final List<String> NOT_COUNTED = List.of("Date", "Slot", "Seat", "Source file", "Sheet, row",
			"Why it did not count");

	private static final List<String> REVIEW = List.of("Date", "Slot", "Seat", "Source file", "Sheet, row",
			"As written; status");

	private static final String NONE = "None.";

	private final DecisionDossier dossier;

	private final EvidencePackNight night;

	private final boolean recess;

	EvidencePackSessions(DecisionDossier dossier, EvidencePackNight night) {
		this.dossier = dossier;
		this.night = night;
		this.recess = Decision.RECESS_VISITS.equals(dossier.rule());
	}

	List<EvidencePackLine> lines() {
		List<EvidencePackLine> lines = new ArrayList<>();
		Map<String, List<DecisionDossier.SessionEvidence>> counted = countedSessions();
		List<NotCounted> notCounted = new ArrayList<>();
		String section = this.recess ? "Sessions and declarations that counted" : "Twinned sessions that counted";
		counted.forEach((session, rows) -> {
			lines.add(countedLine(section, rows.get(0)));
			for (DecisionDossier.SessionEvidence extra : rows.subList(1, rows.size())) {
				if ("declaration".equals(extra.kind())) {
					lines.add(countedLine(section, extra));
				}
				else {
					notCounted.add(new NotCounted(extra.session(), extra.path(), extra.sheet(), extra.row(),
							"duplicate: the session counts once, from " + source(rows.get(0))));
				}
			}
		});
		if (counted.isEmpty()) {
			lines.add(EvidencePackLine.text(section, NONE));
		}
		else {
			lines.add(EvidencePackLine.text(section, "A session is one seat, date and slot: recorded more than once,"
					+ " it counts once, and its other records are listed below as duplicates."));
		}
		notCounted.addAll(otherSessions(counted));
		lines.addAll(notCountedLines(notCounted));
		lines.addAll(reviewLines());
		return lines;
	}

	private Map<String, List<DecisionDossier.SessionEvidence>> countedSessions() {
		Map<String, List<DecisionDossier.SessionEvidence>> sessions = new LinkedHashMap<>();
		for (DecisionDossier.SessionEvidence row : this.dossier.sessions()) {
			sessions.computeIfAbsent(row.kind() + " " + row.session(), (k) -> new ArrayList<>()).add(row);
		}
		// the record that counts is the surest match: an id before a name
		sessions.values().forEach((rows) -> rows.sort(Comparator.comparingInt(EvidencePackSessions::strength)));
		return sessions;
	}

	private static int strength(DecisionDossier.SessionEvidence row) {
		int rank = (row.matchedBy() != null)
				? List.of("organise id", "sheet id", "review", "sheet name").indexOf(row.matchedBy()) : -1;
		return (rank >= 0) ? rank : Integer.MAX_VALUE;
	}

	private EvidencePackLine countedLine(String section, DecisionDossier.SessionEvidence row) {
		String[] session = parts(row.session());
		return EvidencePackLine.row(section, "sessions", COUNTED, session[0], session[1], session[2], row.path(),
				sheetAndRow(row.sheet(), row.row()), matched(row));
	}

	private String matched(DecisionDossier.SessionEvidence row) {
		if ("declaration".equals(row.kind())) {
			return "declared visit day";
		}
		String matchedBy = (row.matchedBy() != null) ? row.matchedBy() : "";
		return switch (matchedBy) {
			case "organise id" -> "by id (Organise attendee_id)";
			case "sheet id" -> "by id (Candidate ID cell)";
			case "sheet name" -> "by name, written " + written(row.path(), row.sheet(), row.row());
			case "review" -> "settled by review, written " + written(row.path(), row.sheet(), row.row());
			default -> matchedBy;
		};
	}

	private String written(String path, String sheet, int row) {
		SheetRow sheetRow = this.night.sheetRow(path, sheet, row);
		return "“" + ((sheetRow != null && sheetRow.name() != null) ? sheetRow.name() : "") + "”";
	}

	private List<NotCounted> otherSessions(Map<String, List<DecisionDossier.SessionEvidence>> counted) {
		Evidence evidence = this.night.facts().evidence();
		List<NotCounted> others = new ArrayList<>();
		for (Session session : evidence.sessionsOf(this.dossier.candidateId())) {
			if (!inPeriod(session.date()) || counted.containsKey("session " + session)) {
				continue;
			}
			String why = this.recess ? whyNoVisit(session, evidence) : whyNotTwinned(session, evidence);
			for (SessionSource source : this.night.facts().sessionSources().getOrDefault(session, List.of())) {
				others.add(new NotCounted(session.toString(), source.path(), source.sheet(), source.row(), why));
			}
		}
		return others;
	}

	private boolean inPeriod(LocalDate date) {
		return !date.isBefore(this.dossier.from()) && !date.isAfter(this.dossier.to());
	}

	private String whyNotTwinned(Session session, Evidence evidence) {
		String seat = session.seatCode();
		List<Twinning> withSeat = evidence.twinningsOf(this.dossier.candidateId())
			.stream()
			.filter((t) -> t.targetSeatCode().equals(seat))
			.toList();
		if (withSeat.isEmpty()) {
			return "wrong seat: " + seat + (seat.equals(this.dossier.ownSeat()) ? " is their own seat," : " is")
					+ " not a seat they are twinned with";
		}
		if (withSeat.stream().noneMatch((t) -> t.validOn(session.date()))) {
			List<String> spans = withSeat.stream()
				.map((t) -> "from " + t.validFrom() + ((t.validTo() != null) ? " to " + t.validTo() : ""))
				.toList();
			return "outside the twinning dates: twinned with " + seat + " " + String.join("; ", spans);
		}
		return "not in the evidence when the decision was recorded (run " + this.dossier.runId() + ")";
	}

	private String whyNoVisit(Session session, Evidence evidence) {
		String classification = evidence.seats().classificationOn(session.seatCode(), session.date());
		if (!"battleground".equals(classification)) {
			return "not a target seat: " + session.seatCode() + " was "
					+ ((classification != null) ? classification : "unclassified") + " that day";
		}
		Rulebook.RecessVisits rule = this.dossier.rulebook().recessVisits();
		boolean declared = evidence.declarationsOf(this.dossier.candidateId())
			.stream()
			.anyMatch((d) -> d.declaredDate().equals(session.date()));
		if (rule != null && rule.visitsMustBeDeclared() && !declared) {
			return "not declared: no declaration names " + session.date();
		}
		return "not in the evidence when the decision was recorded (run " + this.dossier.runId() + ")";
	}

	private List<EvidencePackLine> notCountedLines(List<NotCounted> notCounted) {
		String section = "Sessions that did not count, and why";
		if (notCounted.isEmpty()) {
			return List.of(EvidencePackLine.text(section, NONE));
		}
		return notCounted.stream().sorted(NotCounted.ORDER).map((row) -> {
			String[] session = parts(row.session());
			return EvidencePackLine.row(section, "sessions", NOT_COUNTED, session[0], session[1], session[2],
					row.path(), sheetAndRow(row.sheet(), row.row()), row.why());
		}).toList();
	}

	private List<EvidencePackLine> reviewLines() {
		String section = "Review-queue rows that may be theirs";
		List<EvidencePackLine> lines = new ArrayList<>();
		for (EvidencePackNight.ReviewRow row : this.night.reviewRowsFor(this.dossier.candidateId(), this.dossier.from(),
				this.dossier.to())) {
			// the name only: an unknown id in the row may be another member's
			String written = "“" + ((row.name() != null) ? row.name() : "") + "”";
			lines.add(EvidencePackLine.row(section, "sessions", REVIEW, row.date().toString(), row.slot(), row.seat(),
					row.path(), sheetAndRow(row.sheet(), row.row()),
					written + "; " + row.status() + ", ref " + row.ref()));
		}
		lines.add(EvidencePackLine.text(section, lines.isEmpty() ? NONE
				: "These sign-in rows may be this candidate's but could not be matched for certain: they count for"
						+ " nobody until HQ settles them (review resolve), and count from the next night. Quote the ref."));
		return lines;
	}

	private static String source(DecisionDossier.SessionEvidence row) {
		return row.path() + ((row.sheet() != null) ? " sheet " + row.sheet() + "," : "") + " row " + row.row();
	}

	private static String sheetAndRow(String sheet, int row) {
		return (sheet != null) ? sheet + ", row " + row : "row " + row;
	}

	private static String[] parts(String session) {
		String[] parts = session.split(" ", 3);
		return (parts.length == 3) ? parts : new String[] { session, "", "" };
	}

	/**
	 * A record of a session that did not count.
	 */
	private record NotCounted(String session, String path, String sheet, int row, String why) {

		static final Comparator<NotCounted> ORDER = Comparator.comparing((NotCounted n) -> parts(n.session())[0])
			.thenComparing((n) -> slotOrder(parts(n.session())[1]))
			.thenComparing((n) -> parts(n.session())[2])
			.thenComparing(NotCounted::path)
			.thenComparing((n) -> (n.sheet() != null) ? n.sheet() : "")
			.thenComparingInt(NotCounted::row);

		private static int slotOrder(String slot) {
			return switch (slot) {
				case "AM", "PM", "EVE" -> Slot.valueOf(slot).ordinal();
				default -> -1;
			};
		}

	}

}
