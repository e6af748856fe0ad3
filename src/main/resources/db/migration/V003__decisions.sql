-- Decisions are append-only: a changed decision is a new row that supersedes the old one,
-- which stays as it was.
CREATE TABLE decision (
	decision_seq INTEGER PRIMARY KEY,
	decision_id VARCHAR NOT NULL,
	run_id INTEGER NOT NULL,
	candidate_id VARCHAR NOT NULL,
	period VARCHAR NOT NULL,
	rule VARCHAR NOT NULL,
	rulebook_version INTEGER NOT NULL,
	rulebook_sha256 VARCHAR NOT NULL,
	status VARCHAR NOT NULL,
	own_seat_contacts INTEGER,
	twinned_sessions INTEGER NOT NULL,
	required_sessions INTEGER NOT NULL,
	finished BOOLEAN NOT NULL,
	supersedes INTEGER,
	own_seat VARCHAR,
	classification VARCHAR,
	evidence_from DATE NOT NULL,
	evidence_to DATE NOT NULL,
	seats_snapshot INTEGER,
	candidates_snapshot INTEGER,
	twinning_snapshot INTEGER,
	recess_snapshot INTEGER,
	reasons VARCHAR NOT NULL,
	evidence_digest VARCHAR NOT NULL,
	-- the upheld appeal that voided this period's breach, when the decision is VOIDED
	appeal_seq INTEGER
);

-- The exact rows behind a decision's figures: file and row, or file, sheet and row.
CREATE TABLE decision_evidence (
	decision_seq INTEGER NOT NULL,
	kind VARCHAR NOT NULL,
	file_seq INTEGER NOT NULL,
	sheet VARCHAR,
	row_no INTEGER NOT NULL,
	detail VARCHAR,
	matched_by VARCHAR
);

-- The decisions each night stood by: its decisions file, reproducible from the warehouse.
CREATE TABLE run_decision (
	run_id INTEGER NOT NULL,
	decision_seq INTEGER NOT NULL
);

-- Every access transition recorded, for IT to apply. A change made between nights (an upheld
-- appeal) has no run of its own: after_run names the night before it, and the next night's
-- access-changes file carries it.
CREATE TABLE access_change (
	change_seq INTEGER PRIMARY KEY,
	run_id INTEGER,
	after_run INTEGER,
	candidate_id VARCHAR NOT NULL,
	tool VARCHAR NOT NULL,
	from_state VARCHAR NOT NULL,
	to_state VARCHAR NOT NULL,
	effective DATE NOT NULL,
	reason VARCHAR NOT NULL,
	decision_id VARCHAR
);

-- Each night's access, visible and underneath.
CREATE TABLE access_snapshot (
	run_id INTEGER NOT NULL,
	candidate_id VARCHAR NOT NULL,
	tool VARCHAR NOT NULL,
	state VARCHAR NOT NULL,
	since DATE,
	reason VARCHAR,
	decision_id VARCHAR,
	underlying_state VARCHAR NOT NULL,
	underlying_since DATE,
	underlying_reason VARCHAR,
	underlying_decision_id VARCHAR
);

-- A person's settlement of a review-queue row; it counts from the next run.
CREATE TABLE review_resolution (
	resolution_seq INTEGER PRIMARY KEY,
	ref VARCHAR NOT NULL,
	candidate_id VARCHAR,
	reviewer VARCHAR NOT NULL,
	resolved_at TIMESTAMP NOT NULL,
	after_run INTEGER NOT NULL
);
