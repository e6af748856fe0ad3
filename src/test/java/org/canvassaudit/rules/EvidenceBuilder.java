package org.canvassaudit.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an {@link Evidence} for the rule unit tests, the way the warehouse would hand it
 * over: counted contacts per seat and day, sessions, and the earliest evidence date
 * (taken from the contacts and sessions added unless set explicitly).
 */
public final class EvidenceBuilder {

	private final LocalDate asOf;

	private final List<Candidate> roster = new ArrayList<>();

	private final List<SeatRow> seats = new ArrayList<>();

	private final List<Twinning> twinnings = new ArrayList<>();

	private final List<Recess> recesses = new ArrayList<>();

	private final List<Rulebook> rulebooks = new ArrayList<>();

	private final ContactCounts contacts = new ContactCounts();

	private final List<Session> sessions = new ArrayList<>();

	private final List<Declaration> declarations = new ArrayList<>();

	private LocalDate earliest;

	private boolean earliestGiven;

	private EvidenceBuilder(LocalDate asOf) {
		this.asOf = asOf;
	}

	/**
	 * @param asOf the as-of date, {@code YYYY-MM-DD}
	 * @return an empty builder
	 */
	public static EvidenceBuilder asOf(String asOf) {
		return new EvidenceBuilder(LocalDate.parse(asOf));
	}

	public EvidenceBuilder candidate(Candidate candidate) {
		this.roster.add(candidate);
		return this;
	}

	public EvidenceBuilder seat(String code, String classification, boolean held, String validFrom) {
		this.seats.add(new SeatRow(code, code + " name", "Region", classification, held, LocalDate.parse(validFrom)));
		return this;
	}

	public EvidenceBuilder twinned(String candidateId, String target, String validFrom, String validTo) {
		this.twinnings.add(new Twinning(candidateId, target, LocalDate.parse(validFrom),
				(validTo != null) ? LocalDate.parse(validTo) : null));
		return this;
	}

	public EvidenceBuilder recess(String name, String start, String end) {
		this.recesses.add(new Recess(name, LocalDate.parse(start), LocalDate.parse(end)));
		return this;
	}

	public EvidenceBuilder rulebook(Rulebook rulebook) {
		this.rulebooks.add(rulebook);
		return this;
	}

	public EvidenceBuilder contacts(String seat, String date, int counted) {
		LocalDate day = LocalDate.parse(date);
		this.contacts.add(seat, day, counted);
		seen(day);
		return this;
	}

	public EvidenceBuilder session(String candidateId, String seat, String date, Slot slot) {
		LocalDate day = LocalDate.parse(date);
		this.sessions.add(new Session(candidateId, seat, day, slot));
		seen(day);
		return this;
	}

	public EvidenceBuilder declared(String candidateId, String date, String seat) {
		this.declarations.add(new Declaration(candidateId, LocalDate.parse(date), seat));
		return this;
	}

	/**
	 * @param date the earliest local date of any contact (not-in included) or session
	 * @return this builder
	 */
	public EvidenceBuilder earliestEvidence(String date) {
		this.earliest = LocalDate.parse(date);
		this.earliestGiven = true;
		return this;
	}

	private void seen(LocalDate day) {
		if (!this.earliestGiven && (this.earliest == null || day.isBefore(this.earliest))) {
			this.earliest = day;
		}
	}

	public Evidence build() {
		return new Evidence(this.asOf, this.roster, new Seats(this.seats), this.twinnings, this.recesses,
				new Rulebooks(this.rulebooks), this.contacts, this.earliest, this.sessions, this.declarations);
	}

}
