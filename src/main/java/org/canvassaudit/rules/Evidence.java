package org.canvassaudit.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Everything one evaluation may use: the reference snapshots in force, the rulebooks, and
 * the evidence dated on or before the as-of date, indexed by candidate.
 */
public final class Evidence {

	private final LocalDate asOf;

	private final List<Candidate> roster;

	private final Seats seats;

	private final List<Recess> recesses;

	private final Rulebooks rulebooks;

	private final ContactCounts contacts;

	private final LocalDate earliestEvidence;

	private final List<Twinning> allTwinnings;

	private final List<Session> allSessions;

	private final List<Declaration> allDeclarations;

	private final Map<String, List<Twinning>> twinnings = new HashMap<>();

	private final Map<String, SortedSet<Session>> sessions = new HashMap<>();

	private final Map<String, List<Declaration>> declarations = new HashMap<>();

	/**
	 * @param asOf the as-of date
	 * @param roster the latest candidates snapshot
	 * @param seats the latest seats snapshot
	 * @param twinnings the latest twinning snapshot
	 * @param recesses the latest recess snapshot
	 * @param rulebooks every rulebook held
	 * @param contacts counted contacts per seat and day
	 * @param earliestEvidence the earliest local date among all contacts (not-in
	 * included) and sessions, or {@code null} when there are none
	 * @param sessions every session, deduplicated
	 * @param declarations every declaration
	 */
	public Evidence(LocalDate asOf, List<Candidate> roster, Seats seats, List<Twinning> twinnings,
			List<Recess> recesses, Rulebooks rulebooks, ContactCounts contacts, LocalDate earliestEvidence,
			Iterable<Session> sessions, List<Declaration> declarations) {
		this.asOf = asOf;
		this.roster = List.copyOf(roster);
		this.seats = seats;
		this.recesses = List.copyOf(recesses);
		this.rulebooks = rulebooks;
		this.contacts = contacts;
		this.earliestEvidence = earliestEvidence;
		this.allTwinnings = List.copyOf(twinnings);
		this.allSessions = new ArrayList<>();
		sessions.forEach(this.allSessions::add);
		this.allDeclarations = List.copyOf(declarations);
		twinnings.forEach((t) -> this.twinnings.computeIfAbsent(t.candidateId(), (k) -> new ArrayList<>()).add(t));
		sessions.forEach((s) -> this.sessions.computeIfAbsent(s.candidateId(), (k) -> new TreeSet<>()).add(s));
		declarations
			.forEach((d) -> this.declarations.computeIfAbsent(d.candidateId(), (k) -> new ArrayList<>()).add(d));
	}

	/**
	 * @param draft a draft rulebook
	 * @return the same evidence under the held rulebooks with the draft in place of any
	 * held rulebook with its version or its {@code effective_from}
	 */
	public Evidence withDraftRulebook(Rulebook draft) {
		List<Rulebook> rulebooks = new ArrayList<>();
		for (Rulebook held : this.rulebooks.all()) {
			if (held.version() != draft.version() && !held.effectiveFrom().equals(draft.effectiveFrom())) {
				rulebooks.add(held);
			}
		}
		rulebooks.add(draft);
		return new Evidence(this.asOf, this.roster, this.seats, this.allTwinnings, this.recesses,
				new Rulebooks(rulebooks), this.contacts, this.earliestEvidence, this.allSessions, this.allDeclarations);
	}

	public LocalDate asOf() {
		return this.asOf;
	}

	public List<Candidate> roster() {
		return this.roster;
	}

	public Seats seats() {
		return this.seats;
	}

	public List<Recess> recesses() {
		return this.recesses;
	}

	public Rulebooks rulebooks() {
		return this.rulebooks;
	}

	public ContactCounts contacts() {
		return this.contacts;
	}

	public LocalDate earliestEvidence() {
		return this.earliestEvidence;
	}

	public List<Twinning> twinningsOf(String candidateId) {
		return this.twinnings.getOrDefault(candidateId, List.of());
	}

	public SortedSet<Session> sessionsOf(String candidateId) {
		return this.sessions.getOrDefault(candidateId, new TreeSet<>());
	}

	public List<Declaration> declarationsOf(String candidateId) {
		return this.declarations.getOrDefault(candidateId, List.of());
	}

}
