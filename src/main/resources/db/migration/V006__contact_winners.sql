-- The winning row of every contact_id (SPEC §2: the row from the file whose name sorts last),
-- kept up to date by each night for the contacts its files bring, instead of being worked out
-- again from every contact row. Derived, not sealed: rebuilt from contact_row at will.
CREATE TABLE contact_winner (
	contact_id VARCHAR NOT NULL,
	file_seq INTEGER NOT NULL,
	row_no INTEGER NOT NULL,
	seat_code VARCHAR NOT NULL,
	local_date DATE NOT NULL,
	counted BOOLEAN NOT NULL
);

-- The files contact_winner reflects: every file up to this file_seq (0: none yet).
CREATE TABLE contact_winner_state (
	up_to_file_seq INTEGER NOT NULL
);
INSERT INTO contact_winner_state VALUES (0);
