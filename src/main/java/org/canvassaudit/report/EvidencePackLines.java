package org.canvassaudit.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.canvassaudit.rules.Decision;
import org.canvassaudit.rules.IsoWeek;
import org.canvassaudit.rules.Rulebook;

/**
 * The lines of one evidence pack, section by section: the decision, the rule applied, the
 * figures, the contacts behind the first figure (counts only: no voter data of any kind),
 * the sessions behind the second, the reference data in force, the appeals, reviews and
 * supersessions since, and the audit events that seal the decision.
 */
final class EvidencePackLines {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private static final String DECISION = "Decision";

	private static final String RULE = "The rule applied";

	private static final String FIGURES = "Figures";

	private static final String CONTACTS = "Own-seat contacts per day";

	private static final String AUDIT = "Audit events";

	private static final String TIMELINE = "Appeals and reviews";

	private static final List<String> TIMELINE_HEADINGS = List.of("Date",
			"What happened, and the audit event that seals it");

	private static final List<String> CONTACT_HEADINGS = List.of("Date", "Counted", "Export file", "Rows");

	private static final List<String> AUDIT_HEADINGS = List.of("Seq", "Event", "Subject", "Hash (SHA-256)");

	private EvidencePackLines() {
	}

	static List<EvidencePackLine> of(DecisionDossier dossier, EvidencePackNight night) {
		boolean recess = Decision.RECESS_VISITS.equals(dossier.rule());
		EvidencePackSeats seats = new EvidencePackSeats(dossier, night);
		List<EvidencePackLine> lines = new ArrayList<>(decision(dossier, night, seats));
		lines.addAll(rule(dossier, night));
		lines.addAll(recess ? recessFigures(dossier, night) : weekFigures(dossier));
		if (!recess) {
			lines.addAll(contacts(dossier));
		}
		lines.addAll(new EvidencePackSessions(dossier, night).lines());
		lines.addAll(seats.classification());
		if (!recess) {
			lines.addAll(seats.twinning());
		}
		lines.addAll(timeline(dossier.timeline()));
		lines.addAll(audit(dossier, night));
		return lines;
	}

	/**
	 * @param dossier a decision
	 * @return its period in words, e.g. "week 2024-W23, Monday 3 June 2024 to Sunday 9
	 * June 2024"
	 */
	static String period(DecisionDossier dossier) {
		IsoWeek week = Decision.RECESS_VISITS.equals(dossier.rule()) ? null : IsoWeek.parse(dossier.period());
		LocalDate from = (week != null) ? week.monday() : dossier.from();
		LocalDate to = (week != null) ? week.sunday() : dossier.to();
		return ((week != null) ? "week " : "") + dossier.period() + ", " + DAY.format(from) + " to " + DAY.format(to);
	}

	private static List<EvidencePackLine> decision(DecisionDossier d, EvidencePackNight night,
			EvidencePackSeats seats) {
		List<EvidencePackLine> lines = new ArrayList<>();
		lines.add(EvidencePackLine.keyValue(DECISION, "Candidate", d.candidateId() + " " + d.candidateName()));
		if (d.ownSeat() != null) {
			lines.add(EvidencePackLine.keyValue(DECISION, "Own seat",
					seats.seatName(d.ownSeat()) + ", "
							+ ((d.classification() != null) ? d.classification() : "no classification in force")
							+ " on " + DAY.format(d.from())));
		}
		lines.add(EvidencePackLine.keyValue(DECISION, "Period", period(d)));
		lines.add(EvidencePackLine.keyValue(DECISION, "Rule", d.rule()));
		lines.add(EvidencePackLine.keyValue(DECISION, "Decision id", d.decisionId()));
		lines.add(EvidencePackLine.keyValue(DECISION, "Status", d.status().name()));
		lines.add(EvidencePackLine.keyValue(DECISION, "Why", d.reasons()));
		lines.add(EvidencePackLine.keyValue(DECISION, "Evidence dated", d.from() + " to " + d.to()));
		lines.add(EvidencePackLine.keyValue(DECISION, "Recorded",
				"by run " + d.runId() + ((d.supersedes() != null) ? ", superseding decision row " + d.supersedes() : "")
						+ "; in force on the night of " + night.asOf() + " (run " + night.runId() + ")"));
		return lines;
	}

	private static List<EvidencePackLine> rule(DecisionDossier d, EvidencePackNight night) {
		Rulebook rulebook = d.rulebook();
		EvidencePackNight.RulebookFile file = night.rulebookFile(rulebook.sha256());
		List<EvidencePackLine> lines = new ArrayList<>();
		lines.add(EvidencePackLine.keyValue(RULE, "Rulebook",
				rulebook.name() + " version " + rulebook.version() + ", effective from " + rulebook.effectiveFrom()));
		lines.add(EvidencePackLine.keyValue(RULE, "File", (file != null) ? file.path() : "not held"));
		lines.add(EvidencePackLine.keyValue(RULE, "SHA-256", rulebook.sha256()));
		if (file != null) {
			lines.add(EvidencePackLine.text(RULE, "The rule as the rulebook states it:"));
			lines.add(EvidencePackLine.yaml(RULE, section(file.yaml(), d.rule())));
		}
		return lines;
	}

	/**
	 * @param yaml a rulebook's text
	 * @param rule a rule's key
	 * @return the rulebook's identifying keys and the rule's section, verbatim
	 */
	static String section(String yaml, String rule) {
		List<String> kept = new ArrayList<>();
		boolean keep = false;
		for (String line : yaml.replace("\r", "").split("\n")) {
			if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")) {
				String key = line.substring(0, Math.max(line.indexOf(':'), 0));
				keep = List.of("rulebook", "version", "effective_from", rule).contains(key);
			}
			if (keep) {
				kept.add(line);
			}
		}
		return kept.stream().collect(Collectors.joining("\n")).stripTrailing();
	}

	private static List<EvidencePackLine> weekFigures(DecisionDossier d) {
		Rulebook.TwinnedSessions rule = d.rulebook().twinnedSessions();
		List<EvidencePackLine> lines = new ArrayList<>();
		lines.add(EvidencePackLine.keyValue(FIGURES, "Own-seat contacts",
				d.ownSeatContacts() + " counted in " + d.ownSeat() + " (anyone's contacts, not-in excluded)"
						+ ((rule != null) ? "; the rule applies above " + rule.ownSeatContactsMoreThan() : "")));
		lines.add(EvidencePackLine.keyValue(FIGURES, "Twinned sessions",
				d.twinnedSessions() + " of " + d.requiredSessions() + " required"));
		lines.add(EvidencePackLine.keyValue(FIGURES, "Distance", Distance.of(d)));
		return lines;
	}

	private static List<EvidencePackLine> recessFigures(DecisionDossier d, EvidencePackNight night) {
		Rulebook.RecessVisits rule = d.rulebook().recessVisits();
		List<EvidencePackLine> lines = new ArrayList<>();
		lines.add(EvidencePackLine.keyValue(FIGURES, "Visit days counted",
				d.twinnedSessions() + " of " + d.requiredSessions() + " required"
						+ ((rule != null && rule.visitsMustBeDeclared()) ? " (only declared days count)" : "")));
		lines.add(EvidencePackLine.keyValue(FIGURES, "Distance", Distance.of(d)));
		Decision derived = night.derived(d);
		if (derived != null && derived.basis() != null) {
			lines.add(EvidencePackLine.keyValue(FIGURES, "Declared, not attended",
					HqRecess.dates(derived.basis().declaredNotAttended())));
			lines.add(EvidencePackLine.keyValue(FIGURES, "Attended, not declared",
					HqRecess.dates(derived.basis().attendedNotDeclared())));
		}
		return lines;
	}

	private static List<EvidencePackLine> contacts(DecisionDossier d) {
		List<EvidencePackLine> lines = new ArrayList<>();
		int total = 0;
		for (DecisionDossier.ContactDay day : d.contactDays()) {
			lines.add(EvidencePackLine.row(CONTACTS, "contacts", CONTACT_HEADINGS, day.date().toString(),
					Integer.toString(day.count()), day.path(), day.rows()));
			total += day.count();
		}
		lines.add(
				EvidencePackLine.row(CONTACTS, "contacts", CONTACT_HEADINGS, "Total", Integer.toString(total), "", ""));
		lines.add(EvidencePackLine.text(CONTACTS,
				"Counts only. A contact counts unless nobody was in; a contact in several exports counts once,"
						+ " from the export whose name sorts last. Rows are numbered as a spreadsheet shows them"
						+ " (the header is row 1)."));
		return lines;
	}

	private static List<EvidencePackLine> timeline(DecisionTimeline timeline) {
		List<EvidencePackLine> lines = new ArrayList<>();
		for (DecisionTimeline.Entry entry : timeline.entries()) {
			lines.add(EvidencePackLine.row(TIMELINE, "timeline", TIMELINE_HEADINGS, entry.date().toString(),
					entry.what(), entry.audit()));
		}
		if (!timeline.touched()) {
			lines.add(EvidencePackLine.text(TIMELINE, DecisionTimeline.UNTOUCHED));
		}
		return lines;
	}

	private static List<EvidencePackLine> audit(DecisionDossier d, EvidencePackNight night) {
		List<EvidencePackLine> lines = new ArrayList<>();
		for (DecisionDossier.AuditEntry entry : d.audit()) {
			lines.add(EvidencePackLine.row(AUDIT, "audit", AUDIT_HEADINGS, Long.toString(entry.seq()), entry.type(),
					entry.subject(), entry.hash()));
		}
		lines.add(EvidencePackLine.keyValue(AUDIT, "Evidence rows digest", d.evidenceDigest()));
		if (night.auditHead() != null) {
			lines.add(EvidencePackLine.keyValue(AUDIT, "Chain head", night.auditHead()));
		}
		lines.add(EvidencePackLine.text(AUDIT, "Each event stores the hash of the one before it, so no event can be"
				+ " edited, deleted or reordered without the chain failing. To check it, HQ runs on the warehouse"
				+ " file:"));
		lines.add(EvidencePackLine.yaml(AUDIT, "java -jar canvass-audit.jar audit verify --warehouse <file>"));
		lines.add(EvidencePackLine.text(AUDIT,
				"It exits 0 when the chain holds; otherwise it names the first bad event."));
		return lines;
	}

}
