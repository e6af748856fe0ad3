package org.canvassaudit.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.canvassaudit.sample.Roster.Candidate;
import org.canvassaudit.sample.SessionPlan.Declaration;

/**
 * Writes frontbenchers' declared recess visits, one file per day of submission: the first
 * frontbencher (and every other) submits on the Monday after the recess, the rest on the
 * Tuesday.
 */
final class DeclarationWriter {

	static final String HEADER = "candidate_id,declared_date,target_seat_code,submitted_at";

	private final SessionPlan plan;

	private final CampaignCalendar calendar;

	private long rows;

	DeclarationWriter(SessionPlan plan, CampaignCalendar calendar) {
		this.plan = plan;
		this.calendar = calendar;
	}

	/**
	 * Writes the declaration files.
	 * @return the number of files written
	 */
	int write(Path folder) throws IOException {
		Map<LocalDate, List<String>> files = new TreeMap<>();
		int ordinal = 0;
		for (Map.Entry<Candidate, List<Declaration>> entry : this.plan.declarations().entrySet()) {
			LocalDate submitted = this.calendar.recessEnd().plusDays(3 + ordinal % 2);
			String time = submitted + String.format("T%02d:%02d", 9 + ordinal % 9, 10 + ordinal % 50);
			List<String> lines = files.computeIfAbsent(submitted, (d) -> new ArrayList<>());
			for (Declaration declaration : entry.getValue()) {
				String seat = (declaration.seat() != null) ? declaration.seat().code() : "";
				lines.add(entry.getKey().id() + "," + declaration.date() + "," + seat + "," + time);
			}
			ordinal++;
		}
		for (Map.Entry<LocalDate, List<String>> file : files.entrySet()) {
			try (LineBuffer out = LineBuffer.create(folder.resolve("declarations-" + file.getKey() + ".csv"))) {
				out.header(HEADER);
				for (String line : file.getValue()) {
					out.raw(line).endLine();
					this.rows++;
				}
			}
		}
		return files.size();
	}

	long rows() {
		return this.rows;
	}

}
