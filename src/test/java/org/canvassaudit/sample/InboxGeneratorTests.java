package org.canvassaudit.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Pins what {@link InboxGenerator} writes: the file layout, the headers of SPEC §2, exact
 * row counts for a small seed, byte-for-byte determinism, the faults, and the designed
 * figures of the committed sample inbox.
 */
class InboxGeneratorTests {

	private static final GeneratorSettings SMALL = GeneratorSettings.of(7L, 9, 3, 300, 2, true);

	@TempDir
	static Path shared;

	@TempDir
	Path temp;

	private static Path small;

	private static GeneratorSummary smallSummary;

	private static Path sample;

	private static GeneratorSummary sampleSummary;

	@BeforeAll
	static void generateOnce() throws IOException {
		small = shared.resolve("small");
		smallSummary = InboxGenerator.generate(small, SMALL);
		sample = shared.resolve("sample");
		sampleSummary = InboxGenerator.generate(sample, GeneratorSettings.sample());
	}

	// Every folder, file and row count a loader will see for seed 7: the figures its
	// tests can use.
	@Test
	void writesExactFileAndRowCountsForASmallSeed() throws IOException {
		assertThat(smallSummary).isEqualTo(new GeneratorSummary(4, 2, 22, 22, 3, 1, 8897, 8103, 6056, 365, 83, 4));
		assertThat(names(small.resolve("reference"))).containsExactly("candidates.csv", "recess.csv", "seats.csv",
				"twinning.csv");
		assertThat(names(small.resolve("rulebooks"))).containsExactly("hq-field-rules-v1.yaml",
				"hq-field-rules-v2.yaml");
		assertThat(names(small.resolve("contact-creator"))).hasSize(22)
			.startsWith("cc-2024-06-03.csv")
			.endsWith("cc-2024-06-23.csv", "cc-broken.csv");
		assertThat(names(small.resolve("organise"))).hasSize(22).startsWith("notes.txt", "organise-2024-06-03.csv");
		assertThat(names(small.resolve("attendance"))).containsExactly("E14000001-ashford-sign-in.xlsx",
				"E14000004-bourne-east-sign-in.xlsx", "~$E14000001-sign-in.xlsx");
		assertThat(names(small.resolve("declarations"))).containsExactly("declarations-2024-06-17.csv");
		assertThat(lines(small.resolve("reference/seats.csv"))).hasSize(12);
		assertThat(lines(small.resolve("reference/candidates.csv"))).hasSize(10);
	}

	// The headers are exactly those of SPEC §2; the first export starts with a byte-order
	// mark.
	@Test
	void writesTheHeadersOfTheSpec() throws IOException {
		assertThat(firstLine("reference/seats.csv"))
			.isEqualTo("seat_code,seat_name,region,classification,held,valid_from");
		assertThat(firstLine("reference/candidates.csv")).isEqualTo("candidate_id,full_name,seat_code,role,email");
		assertThat(firstLine("reference/twinning.csv")).isEqualTo("candidate_id,target_seat_code,valid_from,valid_to");
		assertThat(firstLine("reference/recess.csv")).isEqualTo("name,start_date,end_date");
		assertThat(firstLine("contact-creator/cc-2024-06-03.csv"))
			.isEqualTo("\uFEFFcontact_id,voter_ref,seat_code,canvasser_id,contacted_at,channel,outcome");
		assertThat(firstLine("contact-creator/cc-2024-06-04.csv"))
			.isEqualTo("contact_id,voter_ref,seat_code,canvasser_id,contacted_at,channel,outcome");
		assertThat(firstLine("organise/organise-2024-06-03.csv")).isEqualTo(
				"session_id,seat_code,session_start,session_end,activity,attendee_id,attendee_name,checked_in_at");
		assertThat(firstLine("declarations/declarations-2024-06-17.csv"))
			.isEqualTo("candidate_id,declared_date,target_seat_code,submitted_at");
		assertThat(Files.readString(small.resolve("rulebooks/hq-field-rules-v2.yaml")))
			.startsWith("rulebook: hq-field-rules\nversion: 2\neffective_from: 2024-06-17\n")
			.contains("  own_seat_contacts_more_than: 450\n", "  polling_day: 2024-06-27\n");
	}

	// Same seed, same inbox: CSV and YAML byte for byte, workbooks cell for cell.
	@Test
	void sameSeedGivesTheSameInbox() throws IOException {
		Path again = this.temp.resolve("again");
		InboxGenerator.generate(again, SMALL);
		assertSameInbox(again, small);
	}

	// A different seed draws different contacts but keeps the structure.
	@Test
	void anotherSeedGivesOtherContacts() throws IOException {
		Path other = this.temp.resolve("other");
		GeneratorSummary summary = InboxGenerator.generate(other, GeneratorSettings.of(8L, 9, 3, 300, 2, true));
		assertThat(summary.contactFiles()).isEqualTo(22);
		assertThat(Files.mismatch(other.resolve("contact-creator/cc-2024-06-04.csv"),
				small.resolve("contact-creator/cc-2024-06-04.csv")))
			.isNotEqualTo(-1L);
	}

	// Sheets open with POI: titles above the header, the second sheet of the first
	// workbook hidden.
	@Test
	void workbooksHaveTitlesAHeaderAndAHiddenSheet() throws IOException {
		try (Workbook workbook = WorkbookFactory
			.create(small.resolve("attendance/E14000001-ashford-sign-in.xlsx").toFile(), null, true)) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			assertThat(workbook.getSheetName(0)).isEqualTo("Week 1 (3 Jun)");
			assertThat(workbook.isSheetHidden(1)).isTrue();
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("Ashford \u2013 campaign session sign-in");
			assertThat(cells(sheet.getRow(1))).containsExactly("Date", "Session", "Seat", "Name", "Candidate ID",
					"Notes");
			assertThat(sheet.getLastRowNum()).isEqualTo(22);
			Cell date = sheet.getRow(2).getCell(0);
			assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
		}
		try (Workbook workbook = WorkbookFactory
			.create(small.resolve("attendance/E14000004-bourne-east-sign-in.xlsx").toFile(), null, true)) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
			assertThat(workbook.getSheetName(3)).isEqualTo("Notes");
			assertThat(workbook.getSheetAt(3).getPhysicalNumberOfRows()).isZero();
			assertThat(cells(workbook.getSheetAt(0).getRow(2))).containsExactly("DATE", "session", " Seat ", " name ",
					"Candidate ID", "Notes");
		}
	}

	// The faults of the sample: rejected rows, a file to quarantine and files to ignore.
	@Test
	void writesTheFaultsWhenAsked() throws IOException {
		assertThat(firstLine("contact-creator/cc-broken.csv"))
			.isEqualTo("contact_id,voter_ref,seat_code,canvasser_id,contacted_at,channel");
		assertThat(small.resolve("organise/notes.txt")).exists();
		assertThat(small.resolve("attendance/~$E14000001-sign-in.xlsx")).exists();
		List<String> faulty = lines(small.resolve("contact-creator/cc-2024-06-05.csv"));
		assertThat(faulty).contains(",,,,,,", "CC9991,ZZ1-0001,E14999999,M10001,2024-06-05T11:00,door,L",
				"CC9992,ZZ1-0002,E14000001,M10001,31/02/2024 10:15,door,L",
				"CC9993,ZZ1-0003,E14000001,M10001,2024-06-31T18:00,door,C",
				"CC9994,ZZ1-0004,E14000001,M10001,2024-06-05T12:00,phone,LAB",
				",ZZ1-0005,E14000001,M10001,2024-06-05T12:05,phone,C");
		Map<String, Long> ids = faulty.stream()
			.skip(1)
			.map((l) -> l.split(",", -1)[0])
			.filter((id) -> !id.isEmpty())
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(ids.values().stream().filter((n) -> n > 1)).containsExactly(2L);
		assertThat(lines(small.resolve("contact-creator/cc-2024-06-23.csv")))
			.contains("CC9995,ZZ1-0006,E14000001,M10001,2024-07-03T11:00,door,C");
		assertThat(lines(small.resolve("organise/organise-2024-06-05.csv")))
			.anyMatch((l) -> l.contains(",door knocking,,Walk-in volunteer,"));
		assertThat(sheetText(small.resolve("attendance/E14000001-ashford-sign-in.xlsx"), 0)).contains("E14999999",
				"Lunchtime", "continued overleaf");
	}

	// Without faults there is nothing to reject, quarantine or ignore.
	@Test
	void writesNoFaultsWhenNotAsked() throws IOException {
		Path clean = this.temp.resolve("clean");
		GeneratorSummary summary = InboxGenerator.generate(clean, GeneratorSettings.of(7L, 9, 3, 300, 2, false));
		assertThat(summary).isEqualTo(new GeneratorSummary(4, 2, 21, 21, 2, 1, 8889, 8102, 6055, 364, 80, 4));
		assertThat(clean.resolve("contact-creator/cc-broken.csv")).doesNotExist();
		assertThat(clean.resolve("organise/notes.txt")).doesNotExist();
		assertThat(lines(clean.resolve("contact-creator/cc-2024-06-05.csv"))).doesNotContain(",,,,,,")
			.noneMatch((l) -> l.contains("E14999999") || l.startsWith(","));
	}

	// The summary agrees with the files: distinct well-formed contact ids, and those not
	// NI.
	@Test
	void summaryCountsMatchTheContactFiles() throws IOException {
		ContactTally tally = ContactTally.of(small);
		assertThat(tally.distinct()).isEqualTo(smallSummary.distinctContacts());
		assertThat(tally.counted()).isEqualTo(smallSummary.countedContacts());
		assertThat(tally.rows()).isEqualTo(smallSummary.contactRows());
	}

	// The committed sample tells its stories: busy seats over 500 a week, the rising one
	// over
	// 450 only from week 3 (rulebook v2), the seat made a battleground quiet from then
	// on.
	@Test
	void sampleSeatsCrossTheThresholdsAsDesigned() throws IOException {
		ContactTally tally = ContactTally.of(sample);
		assertThat(tally.weekly("E14000002")).containsExactly(511, 510, 510, 511, 511);
		assertThat(tally.weekly("E14000008")).containsExactly(384, 426, 466, 507, 549);
		assertThat(tally.weekly("E14000005")).containsExactly(510, 510, 30, 31, 32);
		assertThat(tally.weekly("E14000015")).containsExactly(89, 88, 89, 90, 88);
		assertThat(sampleSummary)
			.isEqualTo(new GeneratorSummary(4, 2, 36, 36, 6, 2, 34493, 31486, 23578, 1210, 289, 7));
	}

	// The reference data carries the reclassifications, the twinning change and awkward
	// names.
	@Test
	void sampleReferenceHasTheDesignedChanges() throws IOException {
		assertThat(lines(sample.resolve("reference/seats.csv"))).contains(
				"E14000004,Bourne East,East Midlands,unwinnable,false,2024-06-12",
				"E14000005,Oakham Rural,West Midlands,battleground,true,2024-06-17");
		assertThat(lines(sample.resolve("reference/twinning.csv"))).contains("C0014,E14000004,2024-05-20,2024-06-12",
				"C0014,E14000013,2024-06-13,");
		assertThat(lines(sample.resolve("reference/candidates.csv")))
			.contains("C0011,Zoë Brontë,E14000011,candidate,zoe.bronte@candidates.example.org",
					"C0012,Siân O'Connor,E14000012,candidate,sian.oconnor@candidates.example.org")
			.filteredOn((l) -> l.contains(",Sam Taylor,"))
			.hasSize(2);
	}

	// The committed sample-data/inbox is exactly what GeneratorSettings.sample() writes.
	@Test
	void committedSampleIsWhatTheGeneratorWrites() throws IOException {
		assertSameInbox(Path.of("sample-data/inbox"), sample);
	}

	// The generator never mixes a new inbox into old files.
	@Test
	void refusesAFolderThatIsNotEmpty() throws IOException {
		Files.writeString(this.temp.resolve("old.csv"), "x");
		assertThatIOException().isThrownBy(() -> InboxGenerator.generate(this.temp, SMALL))
			.withMessageContaining("is not empty");
	}

	private static void assertSameInbox(Path actual, Path expected) throws IOException {
		List<Path> files = files(expected);
		assertThat(files(actual).stream().map(actual::relativize).map(Path::toString))
			.containsExactlyElementsOf(files.stream().map(expected::relativize).map(Path::toString).toList());
		for (Path file : files) {
			Path other = actual.resolve(expected.relativize(file).toString());
			String name = file.getFileName().toString();
			if (name.endsWith(".xlsx") && !name.startsWith("~$")) {
				assertThat(workbookText(other)).as(name).isEqualTo(workbookText(file));
			}
			else {
				assertThat(Files.mismatch(other, file)).as(name).isEqualTo(-1L);
			}
		}
	}

	private static String workbookText(Path file) throws IOException {
		StringBuilder text = new StringBuilder();
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				text.append(workbook.getSheetName(i)).append(workbook.isSheetHidden(i) ? " (hidden)\n" : "\n");
				text.append(sheetText(workbook.getSheetAt(i)));
			}
		}
		return text.toString();
	}

	private static String sheetText(Path file, int sheet) throws IOException {
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			return sheetText(workbook.getSheetAt(sheet));
		}
	}

	private static String sheetText(Sheet sheet) {
		DataFormatter formatter = new DataFormatter();
		StringBuilder text = new StringBuilder();
		for (Row row : sheet) {
			text.append(row.getRowNum()).append(':');
			row.forEach((cell) -> text.append(cell.getColumnIndex())
				.append('=')
				.append(formatter.formatCellValue(cell))
				.append('|'));
			text.append('\n');
		}
		return text.toString();
	}

	private static List<String> cells(Row row) {
		List<String> values = new ArrayList<>();
		row.forEach((cell) -> values.add(cell.getStringCellValue()));
		return values;
	}

	private static String firstLine(String file) throws IOException {
		return lines(small.resolve(file)).get(0);
	}

	private static List<String> lines(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8);
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.map((p) -> p.getFileName().toString()).sorted().toList();
		}
	}

	private static List<Path> files(Path root) throws IOException {
		try (Stream<Path> entries = Files.walk(root)) {
			return entries.filter(Files::isRegularFile).sorted().toList();
		}
	}

	/**
	 * An independent reading of the contact exports by the rules of SPEC §2: the last
	 * file wins, malformed rows are dropped, NI does not count, dates are local London
	 * dates.
	 */
	private record ContactTally(long rows, Map<String, Contact> contacts) {

		private static final Set<String> OUTCOMES = Set.of("L", "C", "LD", "G", "REF", "SNP", "PC", "O", "DK", "A",
				"WNV", "R", "NI");

		private static final Pattern DATE_TIME = Pattern
			.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?)(Z|[+-]\\d{2}:\\d{2})?");

		static ContactTally of(Path inbox) throws IOException {
			Set<String> seats = lines(inbox.resolve("reference/seats.csv")).stream()
				.skip(1)
				.map((l) -> l.split(",")[0])
				.collect(Collectors.toSet());
			long rows = 0;
			Map<String, Contact> contacts = new HashMap<>();
			for (Path file : files(inbox.resolve("contact-creator"))) {
				List<String> lines = lines(file);
				if (!lines.get(0).endsWith(",outcome")) {
					continue;
				}
				rows += lines.size() - 1;
				lines.stream().skip(1).map((l) -> l.split(",", -1)).forEach((f) -> add(f, seats, contacts));
			}
			return new ContactTally(rows, contacts);
		}

		private static void add(String[] fields, Set<String> seats, Map<String, Contact> contacts) {
			LocalDate date = localDate(fields[4]);
			boolean complete = Stream.of(fields).noneMatch(String::isEmpty);
			if (complete && date != null && seats.contains(fields[2]) && OUTCOMES.contains(fields[6].toUpperCase())) {
				contacts.put(fields[0], new Contact(fields[2], date, !fields[6].equalsIgnoreCase("NI")));
			}
		}

		private static LocalDate localDate(String value) {
			Matcher matcher = DATE_TIME.matcher(value);
			try {
				if (!matcher.matches()) {
					return null;
				}
				if (matcher.group(2) == null) {
					return LocalDateTime.parse(matcher.group(1)).toLocalDate();
				}
				String offset = matcher.group(2).equals("Z") ? "+00:00" : matcher.group(2);
				return OffsetDateTime.parse(matcher.group(1) + offset)
					.atZoneSameInstant(ZoneId.of("Europe/London"))
					.toLocalDate();
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

		long distinct() {
			return this.contacts.size();
		}

		long counted() {
			return this.contacts.values().stream().filter(Contact::counted).count();
		}

		/** Counted contacts in the seat for each of the five weeks from 3 June 2024. */
		List<Integer> weekly(String seat) {
			int[] weeks = new int[5];
			LocalDate monday = LocalDate.of(2024, 6, 3);
			this.contacts.values().stream().filter((c) -> c.counted() && c.seat().equals(seat)).forEach((c) -> {
				long week = ChronoUnit.DAYS.between(monday, c.date()) / 7;
				if (week >= 0 && week < 5) {
					weeks[(int) week]++;
				}
			});
			return Arrays.stream(weeks).boxed().toList();
		}

	}

	private record Contact(String seat, LocalDate date, boolean counted) {
	}

}
