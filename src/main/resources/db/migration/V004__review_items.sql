-- The review queue as each night left it: sign-in rows that count for nobody until a person
-- settles them, and the rows already settled.
CREATE TABLE review_item (
	run_id INTEGER NOT NULL,
	ref VARCHAR NOT NULL,
	file_seq INTEGER NOT NULL,
	sheet VARCHAR NOT NULL,
	row_no INTEGER NOT NULL,
	session_date DATE NOT NULL,
	slot VARCHAR NOT NULL,
	seat_code VARCHAR NOT NULL,
	name VARCHAR,
	candidate_id_cell VARCHAR,
	suggestions VARCHAR NOT NULL,
	status VARCHAR NOT NULL
);
