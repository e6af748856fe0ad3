package org.canvassaudit.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.canvassaudit.appeal.Appeal;
import org.canvassaudit.appeal.Appeals;

/**
 * Open appeals, oldest first. One waiting longer than HQ allows
 * ({@code canvass.appeals.flag-after-days}) is flagged, so it is decided before it goes
 * stale.
 */
final class HqAppeals {

	private HqAppeals() {
	}

	/**
	 * @param night the night
	 * @param today the day the report is written, from which ages are counted
	 * @param flagAfterDays the age in days beyond which an open appeal is flagged
	 * @return the open appeals
	 */
	static List<Open> of(HqNight night, LocalDate today, int flagAfterDays) {
		return new Appeals(night.warehouse()).all()
			.stream()
			.filter(Appeal::isOpen)
			.sorted(Comparator.comparing(Appeal::lodgedAt))
			.map((appeal) -> {
				long age = appeal.ageInDays(today);
				return new Open(appeal.appealId(), night.who(appeal.candidateId()),
						appeal.rule() + " for " + appeal.period(), appeal.lodgedAt().toLocalDate().toString(),
						Long.toString(age), (age > flagAfterDays) ? "OVERDUE: over " + flagAfterDays + " days" : "");
			})
			.toList();
	}

	static long overdue(List<Open> appeals) {
		return appeals.stream().filter((appeal) -> !appeal.flag().isEmpty()).count();
	}

	/**
	 * One open appeal.
	 *
	 * @param appeal its id
	 * @param candidate the candidate's name and id
	 * @param appealed the rule and period of the decision appealed
	 * @param lodged the day it was lodged
	 * @param age whole days since
	 * @param flag "OVERDUE: over N days", or empty
	 */
	record Open(String appeal, String candidate, String appealed, String lodged, String age, String flag) {
	}

}
