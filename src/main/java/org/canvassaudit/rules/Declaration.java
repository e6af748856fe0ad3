package org.canvassaudit.rules;

import java.time.LocalDate;

/**
 * A frontbencher's declared target-seat visit.
 *
 * @param candidateId the frontbencher, as the roster spells the id
 * @param declaredDate the day declared
 * @param targetSeatCode the seat declared, or {@code null} (reported, not matched)
 */
public record Declaration(String candidateId, LocalDate declaredDate, String targetSeatCode) {
}
