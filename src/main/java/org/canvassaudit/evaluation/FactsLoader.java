package org.canvassaudit.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.canvassaudit.audit.Digest;
import org.canvassaudit.rules.Candidate;
import org.canvassaudit.rules.ContactCounts;
import org.canvassaudit.rules.Declaration;
import org.canvassaudit.rules.Evidence;
import org.canvassaudit.rules.Recess;
import org.canvassaudit.rules.Rulebook;
import org.canvassaudit.rules.RulebookException;
import org.canvassaudit.rules.RulebookParser;
import org.canvassaudit.rules.Rulebooks;
import org.canvassaudit.rules.SeatRow;
import org.canvassaudit.rules.Seats;
import org.canvassaudit.rules.Session;
import org.canvassaudit.rules.Slot;
import org.canvassaudit.rules.Twinning;
import org.canvassaudit.warehouse.Warehouse;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads what the warehouse held at the end of a run's ingest: the latest reference
 * snapshots, every rulebook, and the evidence dated on or before the as-of date. The same
 * reading serves the nightly evaluation and {@code replay}, which is why everything is
 * filtered by run.
 */
public final class FactsLoader {

	private final Warehouse warehouse;

	private final JdbcTemplate jdbc;

	private final int runId;

	private final LocalDate asOf;

	private final Map<String, String> seatSpelling = new HashMap<>();

	private final Map<String, Candidate> rosterById = new LinkedHashMap<>();

	public FactsLoader(Warehouse warehouse, int runId, LocalDate asOf) {
		this.warehouse = warehouse;
		this.jdbc = warehouse.jdbc();
		this.runId = runId;
		this.asOf = asOf;
	}

	/**
	 * @param resolutions settled review rows: ref to candidate id, or to {@code null}
	 * when rejected
	 * @return the facts
	 */
	public NightFacts load(Map<String, String> resolutions) {
		Snapshots snapshots = snapshots();
		Seats seats = seats(snapshots.seats());
		List<Candidate> roster = roster(snapshots.candidates());
		Map<Session, List<SessionSource>> sessions = new TreeMap<>();
		organiseSessions(sessions);
		List<SheetMatch> matches = sheetSessions(new AttendanceMatching(roster, resolutions), sessions);
		ContactCounts contacts = new ContactCounts();
		LocalDate earliest = contactCounts(contacts);
		for (Session session : sessions.keySet()) {
			earliest = (earliest == null || session.date().isBefore(earliest)) ? session.date() : earliest;
		}
		Map<String, List<SessionSource>> declarationSources = new HashMap<>();
		List<Declaration> declarations = declarations(declarationSources);
		Evidence evidence = new Evidence(this.asOf, roster, seats, twinnings(snapshots.twinning()),
				recesses(snapshots.recess()), rulebooks(), contacts, earliest, sessions.keySet(), declarations);
		return new NightFacts(this.runId, evidence, snapshots, sessions, declarationSources, matches);
	}

	private Snapshots snapshots() {
		Map<String, Integer> latest = new HashMap<>();
		this.jdbc.query("""
				SELECT kind, max(file_seq) FROM source_file
				WHERE status = 'INGESTED' AND run_id <= ? AND kind IN ('SEATS', 'CANDIDATES', 'TWINNING', 'RECESS')
				GROUP BY kind""", (ResultSet row) -> {
			latest.put(row.getString(1), row.getInt(2));
		}, this.runId);
		return new Snapshots(latest.get("SEATS"), latest.get("CANDIDATES"), latest.get("TWINNING"),
				latest.get("RECESS"));
	}

	private Seats seats(Integer snapshot) {
		List<SeatRow> rows = new ArrayList<>();
		this.jdbc.query("""
				SELECT seat_code, seat_name, region, classification, held, valid_from
				FROM seat_row WHERE file_seq = ? ORDER BY row_no""", (ResultSet row) -> {
			this.seatSpelling.put(row.getString(1).toLowerCase(Locale.ROOT), row.getString(1));
			rows.add(new SeatRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
					row.getBoolean(5), row.getObject(6, LocalDate.class)));
		}, snapshot);
		return new Seats(rows);
	}

	private List<Candidate> roster(Integer snapshot) {
		this.jdbc.query("""
				SELECT candidate_id, full_name, seat_code, role FROM candidate_row
				WHERE file_seq = ? ORDER BY row_no""", (ResultSet row) -> {
			Candidate candidate = new Candidate(row.getString(1), row.getString(2), seat(row.getString(3)),
					row.getString(4));
			this.rosterById.put(candidate.id().toLowerCase(Locale.ROOT), candidate);
		}, snapshot);
		List<Candidate> roster = new ArrayList<>(this.rosterById.values());
		roster.sort(java.util.Comparator.comparing(Candidate::id));
		return roster;
	}

	private void organiseSessions(Map<Session, List<SessionSource>> sessions) {
		this.jdbc.query("""
				SELECT o.attendee_id, o.seat_code, o.local_date, o.slot, o.file_seq, f.path, o.row_no
				FROM organise_row o JOIN source_file f USING (file_seq)
				WHERE f.run_id <= ? AND o.local_date <= ?""", (ResultSet row) -> {
			Candidate candidate = rosterMember(row.getString(1));
			if (candidate != null) {
				Session session = new Session(candidate.id(), seat(row.getString(2)), row.getObject(3, LocalDate.class),
						Slot.valueOf(row.getString(4)));
				sessions.computeIfAbsent(session, (k) -> new ArrayList<>())
					.add(new SessionSource(row.getInt(5), row.getString(6), null, row.getInt(7), "organise id"));
			}
		}, this.runId, this.asOf);
	}

	private List<SheetMatch> sheetSessions(AttendanceMatching matching, Map<Session, List<SessionSource>> sessions) {
		List<SheetMatch> matches = new ArrayList<>();
		this.jdbc.query("""
				SELECT s.file_seq, f.path, f.sha256, s.sheet, s.row_no, s.local_date, s.slot, s.seat_code, s.name,
					s.candidate_id_cell
				FROM sheet_row s JOIN source_file f USING (file_seq)
				WHERE f.run_id <= ? ORDER BY f.path, s.sheet, s.row_no""", (ResultSet row) -> {
			SheetRow sheetRow = new SheetRow(reference(row.getString(3), row.getString(4), row.getInt(5)),
					row.getInt(1), row.getString(2), row.getString(4), row.getInt(5), row.getObject(6, LocalDate.class),
					Slot.valueOf(row.getString(7)), seat(row.getString(8)), row.getString(9), row.getString(10));
			SheetMatch match = matching.match(sheetRow);
			matches.add(match);
			if (match.counts() && !sheetRow.date().isAfter(this.asOf)) {
				Session session = new Session(match.candidateId(), sheetRow.seatCode(), sheetRow.date(),
						sheetRow.slot());
				sessions.computeIfAbsent(session, (k) -> new ArrayList<>())
					.add(new SessionSource(sheetRow.fileSeq(), sheetRow.path(), sheetRow.sheet(), sheetRow.row(),
							matchedBy(match)));
			}
		}, this.runId);
		return matches;
	}

	private static String matchedBy(SheetMatch match) {
		return switch (match.outcome()) {
			case BY_ID -> "sheet id";
			case BY_NAME -> "sheet name";
			default -> "review";
		};
	}

	/**
	 * @param fileSha256 the workbook's SHA-256
	 * @param sheet the sheet
	 * @param row the row
	 * @return the row's review reference: stable across nights and machines
	 */
	public static String reference(String fileSha256, String sheet, int row) {
		return Digest.of(fileSha256, sheet, Integer.toString(row)).substring(0, 12);
	}

	private LocalDate contactCounts(ContactCounts contacts) {
		LocalDate[] earliest = new LocalDate[1];
		this.jdbc.query("SELECT seat_code, local_date, count(*) FILTER (WHERE counted) FROM "
				+ ContactWinners.table(this.warehouse, this.runId)
				+ " WHERE local_date <= ? GROUP BY seat_code, local_date", (ResultSet row) -> {
					LocalDate date = row.getObject(2, LocalDate.class);
					contacts.add(seat(row.getString(1)), date, row.getInt(3));
					earliest[0] = (earliest[0] == null || date.isBefore(earliest[0])) ? date : earliest[0];
				}, this.asOf);
		return earliest[0];
	}

	private List<Declaration> declarations(Map<String, List<SessionSource>> sources) {
		List<Declaration> declarations = new ArrayList<>();
		this.jdbc.query("""
				SELECT d.candidate_id, d.declared_date, d.target_seat_code, d.file_seq, f.path, d.row_no
				FROM declaration_row d JOIN source_file f USING (file_seq)
				WHERE f.run_id <= ? AND d.declared_date <= ? AND (d.submitted_date IS NULL OR d.submitted_date <= ?)
				ORDER BY d.file_seq, d.row_no""", (ResultSet row) -> {
			Candidate candidate = rosterMember(row.getString(1));
			if (candidate != null) {
				LocalDate date = row.getObject(2, LocalDate.class);
				String seat = row.getString(3);
				declarations.add(new Declaration(candidate.id(), date, (seat != null) ? seat(seat) : null));
				sources.computeIfAbsent(NightFacts.declarationKey(candidate.id(), date), (k) -> new ArrayList<>())
					.add(new SessionSource(row.getInt(4), row.getString(5), null, row.getInt(6), "declaration"));
			}
		}, this.runId, this.asOf, this.asOf);
		return declarations;
	}

	private List<Twinning> twinnings(Integer snapshot) {
		List<Twinning> twinnings = new ArrayList<>();
		this.jdbc.query("""
				SELECT candidate_id, target_seat_code, valid_from, valid_to FROM twinning_row
				WHERE file_seq = ? ORDER BY row_no""", (ResultSet row) -> {
			Candidate candidate = rosterMember(row.getString(1));
			if (candidate != null) {
				twinnings.add(new Twinning(candidate.id(), seat(row.getString(2)), row.getObject(3, LocalDate.class),
						row.getObject(4, LocalDate.class)));
			}
		}, snapshot);
		return twinnings;
	}

	private List<Recess> recesses(Integer snapshot) {
		return this.jdbc.query("SELECT name, start_date, end_date FROM recess_row WHERE file_seq = ? ORDER BY row_no",
				(row, n) -> new Recess(row.getString(1), row.getObject(2, LocalDate.class),
						row.getObject(3, LocalDate.class)),
				snapshot);
	}

	private Rulebooks rulebooks() {
		List<Rulebook> rulebooks = new ArrayList<>();
		this.jdbc.query("""
				SELECT r.yaml, f.sha256 FROM rulebook r JOIN source_file f USING (file_seq)
				WHERE f.run_id <= ? ORDER BY r.file_seq""", (ResultSet row) -> {
			rulebooks.add(parse(row.getString(1), row.getString(2)));
		}, this.runId);
		return new Rulebooks(rulebooks);
	}

	private static Rulebook parse(String yaml, String sha256) throws SQLException {
		try {
			return RulebookParser.parse(yaml, sha256);
		}
		catch (RulebookException ex) {
			throw new SQLException("a stored rulebook no longer parses: " + ex.getMessage(), ex);
		}
	}

	private Candidate rosterMember(String id) {
		return this.rosterById.get(id.strip().toLowerCase(Locale.ROOT));
	}

	private String seat(String code) {
		return this.seatSpelling.getOrDefault(code.toLowerCase(Locale.ROOT), code);
	}

}
