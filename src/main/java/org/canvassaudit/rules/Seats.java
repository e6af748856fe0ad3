package org.canvassaudit.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The seats snapshot in force: each seat's rows; the row in force on a date is the one
 * with the latest {@code valid_from} on or before it.
 */
public final class Seats {

	private final Map<String, List<SeatRow>> bySeat = new TreeMap<>();

	public Seats(List<SeatRow> rows) {
		for (SeatRow row : rows) {
			this.bySeat.computeIfAbsent(row.seatCode(), (code) -> new ArrayList<>()).add(row);
		}
		this.bySeat.values().forEach((history) -> history.sort(Comparator.comparing(SeatRow::validFrom)));
	}

	/**
	 * @param seatCode a seat
	 * @param date a date
	 * @return the row in force that day, or {@code null} if none is
	 */
	public SeatRow inForce(String seatCode, LocalDate date) {
		SeatRow inForce = null;
		for (SeatRow row : this.bySeat.getOrDefault(seatCode, List.of())) {
			if (!row.validFrom().isAfter(date)) {
				inForce = row;
			}
		}
		return inForce;
	}

	/**
	 * @param seatCode a seat
	 * @param date a date
	 * @return its classification that day, or {@code null}
	 */
	public String classificationOn(String seatCode, LocalDate date) {
		SeatRow row = inForce(seatCode, date);
		return (row != null) ? row.classification() : null;
	}

	/**
	 * @return every seat code, sorted
	 */
	public List<String> codes() {
		return List.copyOf(this.bySeat.keySet());
	}

	/**
	 * @param seatCode a seat
	 * @return its rows, oldest first
	 */
	public List<SeatRow> history(String seatCode) {
		return List.copyOf(this.bySeat.getOrDefault(seatCode, List.of()));
	}

}
