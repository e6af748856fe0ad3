package org.canvassaudit.sample;

import java.util.List;

import org.canvassaudit.sample.Roster.Seat;

/**
 * Party members and volunteers who are not candidates. Each battleground seat has about
 * forty regulars, numbered as Contact Creator canvassers are, so the same people canvass,
 * check in to Organise sessions and sign the paper sheets.
 */
final class Members {

	private final List<String> names;

	Members(List<String> names) {
		this.names = names;
	}

	int pick(Seat seat, SeededRandom random) {
		return 10000 + (int) ((seat.index() * 131L + random.nextInt(40)) % 90000);
	}

	String id(int member) {
		return "M" + member;
	}

	/**
	 * Some members were entered surname first, which puts a comma (and quotes) in the
	 * CSV.
	 */
	String name(int member) {
		String name = this.names.get(member % this.names.size());
		if (member % 29 == 0) {
			int space = name.indexOf(' ');
			return name.substring(space + 1) + ", " + name.substring(0, space);
		}
		return name;
	}

}
