package org.canvassaudit.rules;

import java.time.LocalDate;

/**
 * A candidate twinned with a battleground seat, both dates inclusive.
 *
 * @param candidateId the candidate
 * @param targetSeatCode the seat they are expected to campaign in
 * @param validFrom the first day
 * @param validTo the last day, or {@code null} when open-ended
 */
public record Twinning(String candidateId, String targetSeatCode, LocalDate validFrom, LocalDate validTo) {

	public boolean validOn(LocalDate date) {
		return !date.isBefore(this.validFrom) && (this.validTo == null || !date.isAfter(this.validTo));
	}

	/**
	 * @param week a week
	 * @return whether the twinning is in force on any day of it
	 */
	public boolean inForceDuring(IsoWeek week) {
		return !this.validFrom.isAfter(week.sunday())
				&& (this.validTo == null || !this.validTo.isBefore(week.monday()));
	}

}
