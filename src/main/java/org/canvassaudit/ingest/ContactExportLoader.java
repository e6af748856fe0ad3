package org.canvassaudit.ingest;

import java.util.List;

import org.canvassaudit.ingest.LocalTimes.Stamp;

import org.springframework.stereotype.Component;

/**
 * Contact Creator exports: the bulk path. Rows are validated in one pass and appended
 * straight into {@code contact_row} within the file's transaction; the voter reference is
 * replaced by its keyed hash and the outcome by the counted flag before anything reaches
 * the warehouse.
 * <p>
 * Exports overlap, so every valid row is kept; a row whose {@code contact_id} was already
 * seen (an earlier night, an earlier file, or earlier in this file) is counted as a
 * duplicate. Which row's values win, and the conflicts, are derived from the rows at
 * evaluation and export.
 */
@Component
class ContactExportLoader extends CsvLoader {

	private static final String DUPLICATES = """
			WITH mine AS (SELECT contact_id FROM contact_row WHERE file_seq = ?),
			earlier AS (
				SELECT DISTINCT contact_id FROM contact_row
				WHERE file_seq < ? AND contact_id IN (SELECT contact_id FROM mine))
			SELECT (SELECT count(*) FROM mine)
				- (SELECT count(DISTINCT contact_id) FROM mine WHERE contact_id NOT IN (SELECT contact_id FROM earlier))
			""";

	ContactExportLoader() {
		super(InputKind.CONTACTS, "contact_row",
				List.of("contact_id", "voter_ref", "seat_code", "canvasser_id", "contacted_at", "channel", "outcome"),
				List.of());
	}

	@Override
	Object[] parse(CsvRow row, IngestContext context) throws RowRejection {
		String contactId = row.required("contact_id");
		String voterRef = row.required("voter_ref");
		String seat = row.requiredSeat("seat_code", context.seats());
		String canvasser = row.required("canvasser_id");
		Stamp contactedAt = row.requiredDateTime("contacted_at");
		String channel = row.requiredCode("channel", Codes.CHANNELS);
		String outcome = row.requiredCode("outcome", Codes.OUTCOMES);
		return new Object[] { contactId, context.pseudonymiser().hash(voterRef), seat, canvasser, contactedAt.utc(),
				contactedAt.localDate(), channel, !outcome.equals(Codes.NOT_IN) };
	}

	/** Shifted columns can put a voter reference or a voting intention in any field. */
	@Override
	boolean quotesValues() {
		return false;
	}

	@Override
	RowCounts afterLoad(LoadTarget target, RowCounts counts) {
		Integer duplicates = target.warehouse()
			.jdbc()
			.queryForObject(DUPLICATES, Integer.class, target.fileSeq(), target.fileSeq());
		return counts.withDuplicates((duplicates != null) ? duplicates : 0);
	}

}
