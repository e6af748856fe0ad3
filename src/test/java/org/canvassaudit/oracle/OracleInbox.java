package org.canvassaudit.oracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.canvassaudit.oracle.Evidence.Candidate;
import org.canvassaudit.oracle.Evidence.Contact;
import org.canvassaudit.oracle.Evidence.Declaration;
import org.canvassaudit.oracle.Evidence.Recess;
import org.canvassaudit.oracle.Evidence.Seat;
import org.canvassaudit.oracle.Evidence.Session;
import org.canvassaudit.oracle.Evidence.Twinning;

/**
 * Reads a single night's inbox with plain Java, applying SPEC §2 as written: which files
 * are read, which are quarantined whole, which rows are blank or rejected, and which
 * contact row wins a {@code contact_id}. Sign-in sheets are left to {@link SignInSheets}.
 */
public final class OracleInbox {

	private static final Set<String> OUTCOMES = Set.of("L", "C", "LD", "G", "REF", "SNP", "PC", "O", "DK", "A", "WNV",
			"R", "NI");

	private static final Set<String> CHANNELS = Set.of("DOOR", "PHONE", "STREET");

	private OracleInbox() {
	}

	/**
	 * @param inbox the inbox folder
	 * @return what SPEC §2 loads from it
	 * @throws IOException if a file cannot be read
	 */
	public static Evidence read(Path inbox) throws IOException {
		Path reference = inbox.resolve("reference");
		List<Seat> seats = seats(reference.resolve("seats.csv"));
		Set<String> seatCodes = new HashSet<>();
		seats.forEach((seat) -> seatCodes.add(seat.code()));
		List<Candidate> roster = candidates(reference.resolve("candidates.csv"));
		Set<String> rosterIds = new HashSet<>();
		roster.forEach((candidate) -> rosterIds.add(candidate.id()));
		List<OracleRulebook> rulebooks = new ArrayList<>();
		for (Path file : files(inbox.resolve("rulebooks"), "yaml")) {
			rulebooks.add(OracleRulebook.parse(Files.readString(file, StandardCharsets.UTF_8)));
		}
		Set<Session> sessions = new LinkedHashSet<>(organise(inbox.resolve("organise"), seatCodes, rosterIds));
		for (Path file : files(inbox.resolve("attendance"), "xlsx")) {
			sessions.addAll(SignInSheets.sessions(file, seatCodes, roster));
		}
		return new Evidence(seats, roster, twinnings(reference.resolve("twinning.csv")),
				recesses(reference.resolve("recess.csv")), rulebooks,
				contacts(inbox.resolve("contact-creator"), seatCodes), sessions,
				declarations(inbox.resolve("declarations"), seatCodes));
	}

	/**
	 * Regular files directly in the folder with its extension in any case, neither hidden
	 * nor Excel lock files, in byte order of their names.
	 */
	static List<Path> files(Path folder, String extension) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter((p) -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).filter((p) -> {
				String name = p.getFileName().toString();
				return !name.startsWith(".") && !name.startsWith("~$")
						&& name.toLowerCase(Locale.ROOT).endsWith("." + extension);
			}).sorted((a, b) -> Arrays.compareUnsigned(bytes(a), bytes(b))).toList();
		}
	}

	private static byte[] bytes(Path file) {
		return file.getFileName().toString().getBytes(StandardCharsets.UTF_8);
	}

	private static List<Seat> seats(Path file) throws IOException {
		List<Seat> seats = new ArrayList<>();
		for (CsvRow row : table(file, "seat_code", "classification", "valid_from")) {
			seats.add(new Seat(upper(row.get("seat_code")), row.get("classification").toLowerCase(Locale.ROOT),
					LocalDate.parse(row.get("valid_from"))));
		}
		return seats;
	}

	private static List<Candidate> candidates(Path file) throws IOException {
		List<Candidate> candidates = new ArrayList<>();
		for (CsvRow row : table(file, "candidate_id", "full_name", "seat_code", "role")) {
			candidates.add(new Candidate(row.get("candidate_id"), row.get("full_name"), upper(row.get("seat_code")),
					row.get("role").toLowerCase(Locale.ROOT)));
		}
		return candidates;
	}

	private static List<Twinning> twinnings(Path file) throws IOException {
		List<Twinning> twinnings = new ArrayList<>();
		for (CsvRow row : table(file, "candidate_id", "target_seat_code", "valid_from", "valid_to")) {
			String to = row.get("valid_to");
			twinnings.add(new Twinning(row.get("candidate_id"), upper(row.get("target_seat_code")),
					LocalDate.parse(row.get("valid_from")), to.isEmpty() ? null : LocalDate.parse(to)));
		}
		return twinnings;
	}

	private static List<Recess> recesses(Path file) throws IOException {
		List<Recess> recesses = new ArrayList<>();
		for (CsvRow row : table(file, "name", "start_date", "end_date")) {
			recesses.add(new Recess(row.get("name"), LocalDate.parse(row.get("start_date")),
					LocalDate.parse(row.get("end_date"))));
		}
		return recesses;
	}

	/**
	 * Files in name order: a later file's row takes over a contact_id, an earlier row of
	 * the same file keeps it.
	 */
	private static List<Contact> contacts(Path folder, Set<String> seatCodes) throws IOException {
		Map<String, Contact> winners = new LinkedHashMap<>();
		for (Path file : files(folder, "csv")) {
			String name = file.getFileName().toString();
			for (CsvRow row : table(file, "contact_id", "voter_ref", "seat_code", "canvasser_id", "contacted_at",
					"channel", "outcome")) {
				ZonedDateTime at = LondonDates.dateTime(row.get("contacted_at"));
				String outcome = upper(row.get("outcome"));
				if (row.missingRequired() || !seatCodes.contains(upper(row.get("seat_code"))) || at == null
						|| !CHANNELS.contains(upper(row.get("channel"))) || !OUTCOMES.contains(outcome)) {
					continue;
				}
				Contact contact = new Contact(row.get("contact_id"), upper(row.get("seat_code")), at.toLocalDate(),
						!outcome.equals("NI"), name);
				Contact earlier = winners.get(contact.id());
				if (earlier == null || !earlier.file().equals(name)) {
					winners.put(contact.id(), contact);
				}
			}
		}
		return new ArrayList<>(winners.values());
	}

	private static List<Session> organise(Path folder, Set<String> seatCodes, Set<String> rosterIds)
			throws IOException {
		List<Session> sessions = new ArrayList<>();
		for (Path file : files(folder, "csv")) {
			for (CsvRow row : table(file, "session_id", "seat_code", "session_start", "attendee_id")) {
				ZonedDateTime start = LondonDates.dateTime(row.get("session_start"));
				if (row.missingRequired() || start == null || !seatCodes.contains(upper(row.get("seat_code")))
						|| !optionalDateTime(row.get("session_end")) || !optionalDateTime(row.get("checked_in_at"))) {
					continue;
				}
				if (rosterIds.contains(row.get("attendee_id"))) {
					sessions.add(new Session(row.get("attendee_id"), upper(row.get("seat_code")), start.toLocalDate(),
							slot(start.toLocalTime())));
				}
			}
		}
		return sessions;
	}

	private static List<Declaration> declarations(Path folder, Set<String> seatCodes) throws IOException {
		List<Declaration> declarations = new ArrayList<>();
		for (Path file : files(folder, "csv")) {
			for (CsvRow row : table(file, "candidate_id", "declared_date")) {
				LocalDate date = LondonDates.date(row.get("declared_date"));
				String seat = upper(row.get("target_seat_code"));
				if (row.missingRequired() || date == null || (!seat.isEmpty() && !seatCodes.contains(seat))
						|| !optionalDateTime(row.get("submitted_at"))) {
					continue;
				}
				declarations.add(new Declaration(row.get("candidate_id"), date));
			}
		}
		return declarations;
	}

	static String slot(LocalTime time) {
		if (time.isBefore(LocalTime.NOON)) {
			return "AM";
		}
		return time.isBefore(LocalTime.of(17, 0)) ? "PM" : "EVE";
	}

	private static boolean optionalDateTime(String value) {
		return value.isEmpty() || LondonDates.dateTime(value) != null;
	}

	/**
	 * The non-blank data rows of a CSV. A file that is not UTF-8, empty, or lacks (or
	 * repeats) a required column is quarantined: no rows.
	 */
	private static List<CsvRow> table(Path file, String... required) throws IOException {
		List<List<String>> records = PlainCsv.read(file);
		if (records == null || records.isEmpty()) {
			return List.of();
		}
		Map<String, Integer> columns = new HashMap<>();
		Set<String> repeated = new HashSet<>();
		List<String> header = records.get(0);
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip().toLowerCase(Locale.ROOT);
			if (columns.putIfAbsent(name, i) != null) {
				repeated.add(name);
			}
		}
		for (String column : required) {
			if (!columns.containsKey(column) || repeated.contains(column)) {
				return List.of();
			}
		}
		List<CsvRow> rows = new ArrayList<>();
		for (List<String> record : records.subList(1, records.size())) {
			if (record.stream().allMatch((v) -> v.strip().isEmpty())) {
				continue;
			}
			Map<String, String> values = new HashMap<>();
			columns
				.forEach((name, index) -> values.put(name, (index < record.size()) ? record.get(index).strip() : ""));
			boolean missing = Arrays.stream(required).anyMatch((column) -> values.get(column).isEmpty());
			rows.add(new CsvRow(values, missing));
		}
		return rows;
	}

	private static String upper(String value) {
		return value.toUpperCase(Locale.ROOT);
	}

	/**
	 * A data row: trimmed values by lower-cased header name, and whether a required field
	 * is empty.
	 */
	private record CsvRow(Map<String, String> values, boolean missingRequired) {

		String get(String column) {
			return this.values.getOrDefault(column, "");
		}

	}

}
