-- The fingerprint of the key the warehouse's voter pseudonyms are made with: the keyed hash of a
-- fixed label, which tells nothing of the key. A night with another key (a key file lost, an
-- environment variable not set) would make every voter a stranger to the warehouse, so it is
-- refused instead.
CREATE TABLE pseudonym_key (
	fingerprint BIGINT NOT NULL
);
