package org.canvassaudit.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a synthetic nightly inbox in the formats of SPEC §2: reference snapshots, two
 * rulebooks, daily Contact Creator and Organise exports, sign-in workbooks and
 * frontbenchers' declarations. The same {@link GeneratorSettings} always give the same
 * CSV bytes and the same workbook contents, so the committed sample under
 * {@code sample-data/inbox} can be rebuilt and checked, and a national-scale inbox can be
 * made on any machine for benchmarks.
 * <p>
 * Contacts are streamed a seat-day at a time, so memory stays flat however many millions
 * of rows are asked for; sessions, which are a few per candidate and week, are planned up
 * front. Which candidate is compliant or in breach in which week follows from the
 * {@link Scenario} each safe or unwinnable seat is given, not from the seed:
 * {@code sample-data/README.md} lists them.
 */
public final class InboxGenerator {

	private InboxGenerator() {
	}

	/**
	 * Writes an inbox.
	 * @param inbox the folder to write into, absent or empty
	 * @param settings what to write
	 * @return counts of what was written
	 * @throws IOException if the folder is not empty or a file cannot be written
	 */
	public static GeneratorSummary generate(Path inbox, GeneratorSettings settings) throws IOException {
		return generate(inbox, settings, null);
	}

	/**
	 * Writes an inbox and, outside it, the contact export the night after would bring:
	 * the incremental night of a benchmark.
	 * @param inbox the folder to write into, absent or empty
	 * @param settings what to write
	 * @param next where and how big the next day's export is, or {@code null} for none
	 * @return counts of what was written into the inbox
	 * @throws IOException if the folder is not empty or a file cannot be written
	 */
	public static GeneratorSummary generate(Path inbox, GeneratorSettings settings, NextExport next)
			throws IOException {
		requireEmpty(inbox);
		CampaignCalendar calendar = new CampaignCalendar(settings.firstMonday(), settings.weeks());
		Roster roster = new Roster(settings, calendar);
		Members members = new Members(
				Names.volunteers(roster.candidates().stream().map(Roster.Candidate::fullName).toList()));
		SessionPlan plan = new SessionPlan(roster, calendar, settings.seed());
		ReferenceWriter reference = new ReferenceWriter(roster, calendar);
		int referenceFiles = reference.writeReference(folder(inbox, "reference"));
		int rulebookFiles = reference.writeRulebooks(folder(inbox, "rulebooks"));
		ContactExportWriter contacts = new ContactExportWriter(roster, calendar, settings);
		int contactFiles = contacts.write(folder(inbox, "contact-creator"));
		if (next != null) {
			contacts.writeNextDay(Files.createDirectories(next.folder()), next.rows());
		}
		OrganiseWriter organise = new OrganiseWriter(plan, calendar, members, settings);
		int organiseFiles = organise.write(folder(inbox, "organise"));
		SheetWriter sheets = new SheetWriter(roster, plan, calendar, members, settings);
		int attendanceFiles = sheets.write(folder(inbox, "attendance"));
		DeclarationWriter declarations = new DeclarationWriter(plan, calendar);
		int declarationFiles = declarations.write(folder(inbox, "declarations"));
		return new GeneratorSummary(referenceFiles, rulebookFiles, contactFiles, organiseFiles, attendanceFiles,
				declarationFiles, contacts.rows(), contacts.distinct(), contacts.counted(), organise.rows(),
				sheets.rows(), declarations.rows());
	}

	/**
	 * The contact export of the day after the campaign, written outside the inbox.
	 *
	 * @param folder where {@code cc-<date>.csv} goes
	 * @param rows records after the header
	 */
	public record NextExport(Path folder, int rows) {
	}

	private static void requireEmpty(Path inbox) throws IOException {
		if (Files.isDirectory(inbox)) {
			try (Stream<Path> entries = Files.list(inbox)) {
				if (entries.findAny().isPresent()) {
					throw new IOException(inbox + " is not empty: the generator only writes into a fresh folder");
				}
			}
		}
	}

	private static Path folder(Path inbox, String name) throws IOException {
		return Files.createDirectories(inbox.resolve(name));
	}

}
