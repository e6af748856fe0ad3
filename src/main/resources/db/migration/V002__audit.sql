-- Append-only and hash-chained: hash = SHA-256 over prev_hash and the event's own fields.
CREATE TABLE audit_event (
	seq BIGINT PRIMARY KEY,
	run_id INTEGER,
	event_type VARCHAR NOT NULL,
	subject VARCHAR NOT NULL,
	payload VARCHAR NOT NULL,
	recorded_at TIMESTAMP NOT NULL,
	prev_hash VARCHAR NOT NULL,
	hash VARCHAR NOT NULL
);
