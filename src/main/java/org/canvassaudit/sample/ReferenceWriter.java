package org.canvassaudit.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.canvassaudit.sample.Roster.Candidate;
import org.canvassaudit.sample.Roster.Seat;
import org.canvassaudit.sample.Roster.Twin;

/**
 * Writes {@code reference/} and {@code rulebooks/}: the snapshots every other file is
 * checked against.
 */
final class ReferenceWriter {

	private static final String RULEBOOK = """
			rulebook: hq-field-rules
			version: %d
			effective_from: %s
			twinned_sessions:
			  applies_to_classifications: [safe, unwinnable]
			  own_seat_contacts_more_than: %d
			  required_twinned_sessions: 5
			  revoke_on_breach: [organise, contact_creator, leaflet_printing]
			recess_visits:
			  role: frontbencher
			  required_visits: 3
			  visits_must_be_declared: true
			classification_access:
			  unwinnable: [contact_creator]
			gotv:
			  polling_day: %s
			  no_support_for_held_seats: true
			""";

	private final Roster roster;

	private final CampaignCalendar calendar;

	ReferenceWriter(Roster roster, CampaignCalendar calendar) {
		this.roster = roster;
		this.calendar = calendar;
	}

	/**
	 * Writes the four reference snapshots.
	 * @return the number of files written
	 */
	int writeReference(Path folder) throws IOException {
		writeSeats(folder.resolve("seats.csv"));
		writeCandidates(folder.resolve("candidates.csv"));
		writeTwinning(folder.resolve("twinning.csv"));
		writeRecess(folder.resolve("recess.csv"));
		return 4;
	}

	/** Rulebook v2 lowers the threshold from 500 to 450 from the Monday of week 3. */
	int writeRulebooks(Path folder) throws IOException {
		LocalDate polling = this.calendar.pollingDay();
		Files.writeString(folder.resolve("hq-field-rules-v1.yaml"),
				RULEBOOK.formatted(1, this.calendar.monday(0), 500, polling), StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("hq-field-rules-v2.yaml"),
				RULEBOOK.formatted(2, this.calendar.secondRulebookStart(), 450, polling), StandardCharsets.UTF_8);
		return 2;
	}

	private void writeSeats(Path file) throws IOException {
		Seat fromMonday = this.roster.mondayReclassified();
		Seat fromWednesday = this.roster.midWeekReclassified();
		try (LineBuffer out = LineBuffer.create(file)) {
			out.header("seat_code,seat_name,region,classification,held,valid_from");
			for (Seat seat : this.roster.seats()) {
				seatRow(out, seat, seat.classification(), this.calendar.referenceStart());
				if (seat == fromMonday) {
					seatRow(out, seat, Roster.BATTLEGROUND, this.calendar.changeMonday());
				}
				if (seat == fromWednesday) {
					seatRow(out, seat, "unwinnable", this.calendar.midWeekChange());
				}
			}
		}
	}

	private static void seatRow(LineBuffer out, Seat seat, String classification, LocalDate validFrom)
			throws IOException {
		out.plain(seat.code()).text(seat.name()).text(seat.region()).plain(classification);
		out.plain(String.valueOf(seat.held())).plain(validFrom.toString()).endLine();
	}

	private void writeCandidates(Path file) throws IOException {
		try (LineBuffer out = LineBuffer.create(file)) {
			out.header("candidate_id,full_name,seat_code,role,email");
			for (Candidate candidate : this.roster.candidates()) {
				out.plain(candidate.id()).text(candidate.fullName()).plain(candidate.seat().code());
				out.plain(candidate.role()).plain(candidate.email()).endLine();
			}
		}
	}

	private void writeTwinning(Path file) throws IOException {
		try (LineBuffer out = LineBuffer.create(file)) {
			out.header("candidate_id,target_seat_code,valid_from,valid_to");
			for (Twin twin : this.roster.allTwins()) {
				out.plain(twin.candidate().id()).plain(twin.target().code()).plain(twin.from().toString());
				out.plain((twin.to() != null) ? twin.to().toString() : "").endLine();
			}
		}
	}

	private void writeRecess(Path file) throws IOException {
		try (LineBuffer out = LineBuffer.create(file)) {
			out.header("name,start_date,end_date");
			out.text("Whitsun recess").plain(this.calendar.recessStart().toString());
			out.plain(this.calendar.recessEnd().toString()).endLine();
			out.text("Summer recess").plain(this.calendar.summerRecessStart().toString());
			out.plain(this.calendar.summerRecessEnd().toString()).endLine();
		}
	}

}
