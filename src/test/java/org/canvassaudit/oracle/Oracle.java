package org.canvassaudit.oracle;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.canvassaudit.oracle.Evidence.Candidate;
import org.canvassaudit.oracle.Evidence.Contact;
import org.canvassaudit.oracle.Evidence.Recess;
import org.canvassaudit.oracle.Evidence.Seat;
import org.canvassaudit.oracle.Evidence.Session;
import org.canvassaudit.oracle.OracleRulebook.RecessRule;
import org.canvassaudit.oracle.OracleRulebook.TwinnedRule;

/**
 * SPEC §3 computed from scratch over an {@link Evidence} for one first run: the
 * {@code twinned_sessions} and {@code recess_visits} decisions, and the access every
 * candidate ends up with when every transition takes its natural date. It shares no code
 * with the product's rules, so the two can only agree by both reading the SPEC the same
 * way.
 */
public final class Oracle {

	private static final List<String> TOOLS = List.of("contact_creator", "leaflet_printing", "organise");

	private final Evidence evidence;

	private final LocalDate asOf;

	private final List<Session> sessions;

	private final Map<String, Integer> countedBySeatAndDay = new HashMap<>();

	private final LocalDate firstMonday;

	/**
	 * @param evidence what the inbox holds
	 * @param asOf the night's as-of date: later evidence waits
	 */
	public Oracle(Evidence evidence, LocalDate asOf) {
		this.evidence = evidence;
		this.asOf = asOf;
		List<Contact> contacts = evidence.contacts().stream().filter((c) -> !c.date().isAfter(asOf)).toList();
		this.sessions = evidence.sessions().stream().filter((s) -> !s.date().isAfter(asOf)).toList();
		contacts.stream()
			.filter(Contact::counted)
			.forEach((c) -> this.countedBySeatAndDay.merge(c.seatCode() + "/" + c.date(), 1, Integer::sum));
		LocalDate earliest = Stream
			.concat(contacts.stream().map(Contact::date), this.sessions.stream().map(Session::date))
			.min(Comparator.naturalOrder())
			.orElse(asOf);
		this.firstMonday = monday(earliest);
	}

	/**
	 * The expected decisions.
	 * @return the rows {@code decisions-<as-of>.csv} should hold, in its order
	 */
	public List<DecisionRow> decisions() {
		List<DecisionRow> rows = new ArrayList<>();
		for (Candidate candidate : this.evidence.candidates()) {
			for (Week week : weeks(candidate)) {
				rows.add(new DecisionRow(candidate.id(), week.label(), "twinned_sessions",
						String.valueOf(week.rulebook().version()), week.status(), String.valueOf(week.contacts()),
						String.valueOf(week.sessions()), String.valueOf(week.rulebook().twinned().required())));
			}
			rows.addAll(recessVisits(candidate));
		}
		rows.sort(Comparator.comparing(DecisionRow::candidateId)
			.thenComparing(DecisionRow::week)
			.thenComparing(DecisionRow::rule));
		return rows;
	}

	/**
	 * The expected access states.
	 * @return the rows {@code access-<as-of>.csv} should hold, in its order
	 */
	public List<AccessRow> access() {
		List<AccessRow> rows = new ArrayList<>();
		for (Candidate candidate : this.evidence.candidates()) {
			Map<String, AccessRow> tools = new HashMap<>();
			TOOLS.forEach((tool) -> tools.put(tool, new AccessRow(candidate.id(), tool, "GRANTED", "", "")));
			for (Week week : weeks(candidate)) {
				if (!week.status().equals("PENDING")) {
					apply(week, tools);
				}
			}
			deny(candidate, tools);
			rows.addAll(tools.values());
		}
		rows.sort(Comparator.comparing(AccessRow::candidateId).thenComparing(AccessRow::tool));
		return rows;
	}

	/**
	 * SPEC §3 Access: a breach revokes what is granted, keeping the since of what is
	 * already revoked; enough twinned sessions, whatever the status, restore it all.
	 */
	private static void apply(Week week, Map<String, AccessRow> tools) {
		TwinnedRule rule = week.rulebook().twinned();
		String from = week.monday().plusWeeks(1).toString();
		if (week.status().equals("BREACH")) {
			for (String tool : rule.revokeOnBreach()) {
				AccessRow now = tools.get(tool);
				if (now != null && now.state().equals("GRANTED")) {
					tools.put(tool, new AccessRow(now.candidateId(), tool, "REVOKED", from, "breach " + week.label()));
				}
			}
		}
		else if (week.sessions() >= rule.required()) {
			tools.replaceAll((tool, now) -> now.state().equals("REVOKED")
					? new AccessRow(now.candidateId(), tool, "GRANTED", from, "compliant " + week.label()) : now);
		}
	}

	/** SPEC §3 {@code classification_access}, under the rulebook for the as-of week. */
	private void deny(Candidate candidate, Map<String, AccessRow> tools) {
		Optional<OracleRulebook> rulebook = rulebookFor(monday(this.asOf));
		Optional<Seat> seat = seatOn(candidate.seatCode(), this.asOf);
		if (rulebook.isEmpty() || seat.isEmpty()) {
			return;
		}
		List<String> denied = rulebook.get()
			.classificationAccess()
			.getOrDefault(seat.get().classification(), List.of());
		LocalDate since = seat.get().validFrom().isAfter(rulebook.get().effectiveFrom()) ? seat.get().validFrom()
				: rulebook.get().effectiveFrom();
		for (String tool : denied) {
			tools.put(tool, new AccessRow(candidate.id(), tool, "DENIED", since.toString(),
					"classification " + seat.get().classification()));
		}
	}

	/** SPEC §3 Weeks evaluated and {@code twinned_sessions}. */
	private List<Week> weeks(Candidate candidate) {
		List<Week> weeks = new ArrayList<>();
		for (LocalDate monday = this.firstMonday; !monday.isAfter(this.asOf); monday = monday.plusWeeks(1)) {
			Optional<OracleRulebook> rulebook = rulebookFor(monday);
			if (rulebook.isPresent() && rulebook.get().twinned() != null) {
				weeks.add(week(candidate, monday, rulebook.get()));
			}
		}
		return weeks;
	}

	private Week week(Candidate candidate, LocalDate monday, OracleRulebook rulebook) {
		TwinnedRule rule = rulebook.twinned();
		LocalDate sunday = monday.plusDays(6);
		int contacts = 0;
		for (LocalDate day = monday; !day.isAfter(sunday); day = day.plusDays(1)) {
			contacts += this.countedBySeatAndDay.getOrDefault(candidate.seatCode() + "/" + day, 0);
		}
		long twinned = this.sessions.stream()
			.filter((s) -> s.candidateId().equals(candidate.id()) && !s.date().isBefore(monday)
					&& !s.date().isAfter(sunday))
			.filter((s) -> this.evidence.twinnings()
				.stream()
				.anyMatch((t) -> t.candidateId().equals(candidate.id()) && t.seatCode().equals(s.seatCode())
						&& t.covers(s.date())))
			.count();
		boolean twinningInForce = this.evidence.twinnings()
			.stream()
			.anyMatch((t) -> t.candidateId().equals(candidate.id()) && t.overlaps(monday, sunday));
		String classification = seatOn(candidate.seatCode(), monday).map(Seat::classification).orElse(null);
		String status;
		if (!this.asOf.isAfter(sunday)) {
			status = "PENDING";
		}
		else if (classification == null || !rule.appliesTo().contains(classification) || contacts <= rule.threshold()
				|| !twinningInForce) {
			status = "NOT_APPLICABLE";
		}
		else {
			status = (twinned >= rule.required()) ? "COMPLIANT" : "BREACH";
		}
		return new Week(label(monday), monday, rulebook, status, contacts, (int) twinned);
	}

	/** SPEC §3 {@code recess_visits}, for recesses ended before the as-of date. */
	private List<DecisionRow> recessVisits(Candidate candidate) {
		List<DecisionRow> rows = new ArrayList<>();
		for (Recess recess : this.evidence.recesses()) {
			Optional<OracleRulebook> rulebook = rulebookFor(monday(recess.end()));
			RecessRule rule = rulebook.map(OracleRulebook::recess).orElse(null);
			if (!recess.end().isBefore(this.asOf) || rule == null || !rule.role().equals(candidate.role())) {
				continue;
			}
			TreeSet<LocalDate> days = new TreeSet<>();
			this.sessions.stream()
				.filter((s) -> s.candidateId().equals(candidate.id()) && !s.date().isBefore(recess.start())
						&& !s.date().isAfter(recess.end()))
				.filter((s) -> seatOn(s.seatCode(), s.date()).map(Seat::classification)
					.filter("battleground"::equals)
					.isPresent())
				.forEach((s) -> days.add(s.date()));
			if (rule.mustBeDeclared()) {
				days.removeIf((day) -> this.evidence.declarations()
					.stream()
					.noneMatch((d) -> d.candidateId().equals(candidate.id()) && d.date().equals(day)));
			}
			rows.add(new DecisionRow(candidate.id(), recess.name(), "recess_visits",
					String.valueOf(rulebook.get().version()), (days.size() >= rule.required()) ? "COMPLIANT" : "BREACH",
					"", String.valueOf(days.size()), String.valueOf(rule.required())));
		}
		return rows;
	}

	/** The rulebook with the latest effective_from on or before the Monday. */
	private Optional<OracleRulebook> rulebookFor(LocalDate monday) {
		return this.evidence.rulebooks()
			.stream()
			.filter((r) -> !r.effectiveFrom().isAfter(monday))
			.max(Comparator.comparing(OracleRulebook::effectiveFrom));
	}

	/** The seat's row with the latest valid_from on or before the date. */
	private Optional<Seat> seatOn(String code, LocalDate date) {
		return this.evidence.seats()
			.stream()
			.filter((s) -> s.code().equals(code) && !s.validFrom().isAfter(date))
			.max(Comparator.comparing(Seat::validFrom));
	}

	private static LocalDate monday(LocalDate date) {
		return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/**
	 * @param date a date
	 * @return its ISO week as {@code 2024-W24}
	 */
	public static String label(LocalDate date) {
		return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
				date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	private record Week(String label, LocalDate monday, OracleRulebook rulebook, String status, int contacts,
			int sessions) {
	}

}
