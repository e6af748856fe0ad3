package org.canvassaudit.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Counted contacts (every outcome but not-in) per seat and London date. The warehouse
 * adds them up; the rules only need the totals.
 */
public final class ContactCounts {

	private final Map<String, NavigableMap<LocalDate, Integer>> bySeat = new HashMap<>();

	public void add(String seatCode, LocalDate date, int counted) {
		this.bySeat.computeIfAbsent(seatCode, (seat) -> new TreeMap<>()).merge(date, counted, Integer::sum);
	}

	/**
	 * @param seatCode a seat
	 * @param from the first day
	 * @param to the last day
	 * @return counted contacts in the seat over those days
	 */
	public int counted(String seatCode, LocalDate from, LocalDate to) {
		NavigableMap<LocalDate, Integer> days = this.bySeat.get(seatCode);
		if (days == null || from.isAfter(to)) {
			return 0;
		}
		return days.subMap(from, true, to, true).values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * @param seatCode a seat
	 * @param from the first day
	 * @param to the last day
	 * @return counted contacts per day
	 */
	public NavigableMap<LocalDate, Integer> perDay(String seatCode, LocalDate from, LocalDate to) {
		NavigableMap<LocalDate, Integer> days = this.bySeat.get(seatCode);
		return (days == null || from.isAfter(to)) ? new TreeMap<>() : new TreeMap<>(days.subMap(from, true, to, true));
	}

}
