package org.canvassaudit.rules;

/**
 * A roster entry.
 *
 * @param id the candidate id, as the roster spells it
 * @param fullName the full name
 * @param seatCode the candidate's own seat
 * @param role {@code candidate} or {@code frontbencher}
 */
public record Candidate(String id, String fullName, String seatCode, String role) {
}
