package org.canvassaudit.oracle;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Everything the oracle read from an inbox, after SPEC §2's rejections and the contact
 * dedupe: plain values, nothing of the product's types.
 *
 * @param seats every seat row of the snapshot, codes upper-cased
 * @param candidates the roster
 * @param twinnings the twinning rows
 * @param recesses the recesses
 * @param rulebooks the rulebooks
 * @param contacts one winning row per contact_id
 * @param sessions distinct (candidate, seat, date, slot) sessions from Organise and
 * sheets
 * @param declarations the declared visit dates
 */
public record Evidence(List<Seat> seats, List<Candidate> candidates, List<Twinning> twinnings, List<Recess> recesses,
		List<OracleRulebook> rulebooks, Collection<Contact> contacts, Set<Session> sessions,
		List<Declaration> declarations) {

	/**
	 * A row of {@code seats.csv}.
	 *
	 * @param code the seat code, upper-cased
	 * @param classification the classification, lower-cased
	 * @param validFrom first day in force
	 */
	public record Seat(String code, String classification, LocalDate validFrom) {
	}

	/**
	 * A row of {@code candidates.csv}.
	 *
	 * @param id the candidate id
	 * @param fullName the full name
	 * @param seatCode the own seat, upper-cased
	 * @param role the role, lower-cased
	 */
	public record Candidate(String id, String fullName, String seatCode, String role) {
	}

	/**
	 * A row of {@code twinning.csv}.
	 *
	 * @param candidateId the candidate
	 * @param seatCode the target seat, upper-cased
	 * @param from first day, inclusive
	 * @param to last day, inclusive, or {@code null} when open-ended
	 */
	public record Twinning(String candidateId, String seatCode, LocalDate from, LocalDate to) {

		boolean covers(LocalDate date) {
			return !date.isBefore(this.from) && (this.to == null || !date.isAfter(this.to));
		}

		boolean overlaps(LocalDate first, LocalDate last) {
			return !this.from.isAfter(last) && (this.to == null || !this.to.isBefore(first));
		}

	}

	/**
	 * A row of {@code recess.csv}.
	 *
	 * @param name the recess name
	 * @param start first day
	 * @param end last day
	 */
	public record Recess(String name, LocalDate start, LocalDate end) {
	}

	/**
	 * The winning row of one contact.
	 *
	 * @param id the contact_id
	 * @param seatCode the seat, upper-cased
	 * @param date the local London date
	 * @param counted whether the outcome is not NI
	 * @param file the name of the file the row came from
	 */
	public record Contact(String id, String seatCode, LocalDate date, boolean counted, String file) {
	}

	/**
	 * A campaign session a candidate attended.
	 *
	 * @param candidateId the candidate
	 * @param seatCode the session's seat, upper-cased
	 * @param date the local date
	 * @param slot AM, PM or EVE
	 */
	public record Session(String candidateId, String seatCode, LocalDate date, String slot) {
	}

	/**
	 * A declared recess visit.
	 *
	 * @param candidateId the frontbencher
	 * @param date the declared date
	 */
	public record Declaration(String candidateId, LocalDate date) {
	}

}
