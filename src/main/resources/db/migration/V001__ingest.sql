-- One row per night the job was started; a night that did not complete is resumed by the next
-- run with the same as-of date.
CREATE TABLE run (
	run_id INTEGER PRIMARY KEY,
	as_of DATE NOT NULL,
	started_at TIMESTAMP NOT NULL,
	finished_at TIMESTAMP,
	status VARCHAR NOT NULL,
	exit_code INTEGER,
	summary_json VARCHAR,
	audit_head_seq BIGINT,
	audit_head_hash VARCHAR
);

-- Every input file ever ingested or quarantined, identified by the SHA-256 of its bytes.
-- file_seq is the processing order, which decides "earlier" and "latest snapshot".
CREATE TABLE source_file (
	file_seq INTEGER PRIMARY KEY,
	sha256 VARCHAR NOT NULL UNIQUE,
	kind VARCHAR NOT NULL,
	path VARCHAR NOT NULL,
	name VARCHAR NOT NULL,
	run_id INTEGER NOT NULL,
	status VARCHAR NOT NULL,
	reason VARCHAR,
	rows_read INTEGER NOT NULL,
	loaded INTEGER NOT NULL,
	rejected INTEGER NOT NULL,
	blank INTEGER NOT NULL,
	duplicates INTEGER NOT NULL
);

CREATE TABLE reject (
	file_seq INTEGER NOT NULL,
	sheet VARCHAR,
	row_no INTEGER NOT NULL,
	field VARCHAR,
	reason VARCHAR NOT NULL
);

CREATE TABLE seat_row (
	file_seq INTEGER NOT NULL,
	row_no INTEGER NOT NULL,
	seat_code VARCHAR NOT NULL,
	seat_name VARCHAR,
	region VARCHAR,
	classification VARCHAR NOT NULL,
	held BOOLEAN NOT NULL,
	valid_from DATE NOT NULL
);

CREATE TABLE candidate_row (
	file_seq INTEGER NOT NULL,
	row_no INTEGER NOT NULL,
	candidate_id VARCHAR NOT NULL,
	full_name VARCHAR NOT NULL,
	seat_code VARCHAR NOT NULL,
	role VARCHAR NOT NULL,
	email VARCHAR
);

CREATE TABLE twinning_row (
	file_seq INTEGER NOT NULL,
	row_no INTEGER NOT NULL,
	candidate_id VARCHAR NOT NULL,
	target_seat_code VARCHAR NOT NULL,
	valid_from DATE NOT NULL,
	valid_to DATE
);

CREATE TABLE recess_row (
	file_seq INTEGER NOT NULL,
	row_no INTEGER NOT NULL,
	name VARCHAR NOT NULL,
	start_date DATE NOT NULL,
	end_date DATE NOT NULL
);

-- The rulebook text is HQ's own document: it is kept whole and re-read by the one parser.
CREATE TABLE rulebook (
	file_seq INTEGER NOT NULL,
	name VARCHAR NOT NULL,
	version INTEGER NOT NULL,
	effective_from DATE NOT NULL,
	yaml VARCHAR NOT NULL
);

-- No raw voter_ref and no outcome code: a keyed hash and the counted flag only.
-- Every valid row is kept, duplicates too: the winning values and the conflicts are derived.
CREATE TABLE contact_row (
	file_seq INTEGER NOT NULL,
	row_no INTEGER NOT NULL,
	contact_id VARCHAR NOT NULL,
	voter_hash BIGINT NOT NULL,
	seat_code VARCHAR NOT NULL,
	canvasser_id VARCHAR NOT NULL,
	contacted_at TIMESTAMP NOT NULL,
	local_date DATE NOT NULL,
	channel VARCHAR NOT NULL,
	counted BOOLEAN NOT NULL
);

CREATE TABLE organise_row (
	file_seq INTEGER NOT NULL,
	row_no INTEGER NOT NULL,
	session_id VARCHAR NOT NULL,
	seat_code VARCHAR NOT NULL,
	session_start TIMESTAMP NOT NULL,
	local_date DATE NOT NULL,
	slot VARCHAR NOT NULL,
	attendee_id VARCHAR NOT NULL,
	activity VARCHAR
);

CREATE TABLE sheet_row (
	file_seq INTEGER NOT NULL,
	sheet VARCHAR NOT NULL,
	row_no INTEGER NOT NULL,
	local_date DATE NOT NULL,
	slot VARCHAR NOT NULL,
	seat_code VARCHAR NOT NULL,
	name VARCHAR,
	candidate_id_cell VARCHAR
);

CREATE TABLE declaration_row (
	file_seq INTEGER NOT NULL,
	row_no INTEGER NOT NULL,
	candidate_id VARCHAR NOT NULL,
	declared_date DATE NOT NULL,
	target_seat_code VARCHAR,
	submitted_at TIMESTAMP,
	submitted_date DATE
);
