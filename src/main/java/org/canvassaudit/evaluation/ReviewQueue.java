package org.canvassaudit.evaluation;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;

import org.canvassaudit.warehouse.Appends;
import org.canvassaudit.warehouse.Warehouse;
import org.duckdb.DuckDBAppender;

/**
 * The review queue of a night: the sign-in rows that wait for a person, and those
 * settled.
 */
public final class ReviewQueue {

	private ReviewQueue() {
	}

	/**
	 * @param matches how every sign-in row matched
	 * @return the rows in the queue, by reference
	 */
	public static List<SheetMatch> of(List<SheetMatch> matches) {
		return matches.stream()
			.filter(SheetMatch::inReviewQueue)
			.sorted(Comparator.comparing((SheetMatch match) -> match.row().ref()))
			.toList();
	}

	/**
	 * @param match a row in the queue
	 * @return {@code open}, {@code assigned <candidate>} or {@code rejected}
	 */
	public static String status(SheetMatch match) {
		return switch (match.outcome()) {
			case ASSIGNED -> "assigned " + match.candidateId();
			case REJECTED -> "rejected";
			default -> "open";
		};
	}

	/**
	 * Record the night's queue, replacing what an earlier attempt at the same night
	 * recorded.
	 * @param warehouse the warehouse, inside the night's transaction
	 * @param runId the night's run
	 * @param matches how every sign-in row matched
	 */
	static void record(Warehouse warehouse, int runId, List<SheetMatch> matches) {
		warehouse.jdbc().update("DELETE FROM review_item WHERE run_id = ?", runId);
		try (DuckDBAppender appender = warehouse.appender("review_item")) {
			for (SheetMatch match : of(matches)) {
				SheetRow row = match.row();
				appender.beginRow().append(runId).append(row.ref()).append(row.fileSeq()).append(row.sheet());
				appender.append(row.row());
				Appends.date(appender, row.date());
				appender.append(row.slot().name()).append(row.seatCode());
				Appends.text(appender, row.name());
				Appends.text(appender, row.candidateIdCell());
				appender.append(String.join(";", match.suggestions())).append(status(match)).endRow();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot record the review queue: " + ex.getMessage(), ex);
		}
	}

}
