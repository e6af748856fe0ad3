-- A candidate's appeal against a breach or a classification denial, and its outcome. Append-only
-- and sealed by the audit trail, like decisions.
CREATE TABLE appeal (
	appeal_seq INTEGER PRIMARY KEY,
	appeal_id VARCHAR NOT NULL,
	candidate_id VARCHAR NOT NULL,
	period VARCHAR NOT NULL,
	rule VARCHAR NOT NULL,
	decision_seq INTEGER,
	decision_id VARCHAR,
	denied_tools VARCHAR,
	classification VARCHAR,
	grounds VARCHAR NOT NULL,
	lodged_at TIMESTAMP NOT NULL,
	lodged_after_run INTEGER NOT NULL
);

-- Files a candidate sent with an appeal, kept by SHA-256 in the evidence store beside the
-- warehouse, never inline.
CREATE TABLE appeal_evidence (
	appeal_seq INTEGER NOT NULL,
	sha256 VARCHAR NOT NULL,
	file_name VARCHAR NOT NULL,
	size_bytes BIGINT NOT NULL
);

CREATE TABLE appeal_decision (
	appeal_seq INTEGER PRIMARY KEY,
	verdict VARCHAR NOT NULL,
	reviewer VARCHAR NOT NULL,
	reason VARCHAR NOT NULL,
	decided_on DATE NOT NULL,
	decided_at TIMESTAMP NOT NULL,
	decided_after_run INTEGER NOT NULL
);
