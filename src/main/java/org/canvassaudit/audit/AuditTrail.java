package org.canvassaudit.audit;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.canvassaudit.warehouse.Warehouse;
import org.duckdb.DuckDBAppender;

/**
 * The append-only, hash-chained audit trail. Each event stores the hash of the one before
 * it, and its own hash covers that link and every field, so an edit, a deletion or a
 * reordering breaks the chain at the first event touched.
 */
public final class AuditTrail {

	/** The link the first event points back to. */
	public static final String GENESIS = "0".repeat(64);

	private final Warehouse warehouse;

	public AuditTrail(Warehouse warehouse) {
		this.warehouse = warehouse;
	}

	/**
	 * Append events, in order, inside the caller's transaction.
	 * @param runId the run they belong to, or {@code null} for a command outside a run
	 * @param events the events
	 */
	public void record(Integer runId, List<AuditEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		Head head = head();
		long recordedAt = micros(Instant.now());
		try (DuckDBAppender appender = this.warehouse.appender("audit_event")) {
			long seq = head.seq();
			String previous = head.hash();
			for (AuditEvent event : events) {
				seq++;
				String hash = hash(previous, seq, runId, event, recordedAt);
				appender.beginRow().append(seq);
				if (runId == null) {
					appender.appendNull();
				}
				else {
					appender.append(runId.intValue());
				}
				appender.append(event.type()).append(event.subject()).append(event.payload());
				appender.appendEpochMicros(recordedAt).append(previous).append(hash).endRow();
				previous = hash;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot append to the audit trail: " + ex.getMessage(), ex);
		}
	}

	public void record(Integer runId, AuditEvent event) {
		record(runId, List.of(event));
	}

	/**
	 * @return the last event's sequence number and hash ({@code 0} and {@link #GENESIS}
	 * when empty)
	 */
	public Head head() {
		List<Map<String, Object>> last = this.warehouse.jdbc()
			.queryForList("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1");
		if (last.isEmpty()) {
			return new Head(0, GENESIS);
		}
		return new Head(((Number) last.get(0).get("seq")).longValue(), (String) last.get(0).get("hash"));
	}

	static String hash(String previous, long seq, Integer runId, AuditEvent event, long recordedAtMicros) {
		return Digest.of(previous, Long.toString(seq), (runId != null) ? runId.toString() : null, event.type(),
				event.subject(), event.payload(), Long.toString(recordedAtMicros));
	}

	private static long micros(Instant instant) {
		return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
	}

	/**
	 * The end of the chain.
	 *
	 * @param seq the last sequence number
	 * @param hash its hash
	 */
	public record Head(long seq, String hash) {
	}

}
