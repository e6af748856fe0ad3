package org.canvassaudit.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.canvassaudit.evaluation.SheetMatch.Outcome;
import org.canvassaudit.rules.Candidate;
import org.canvassaudit.rules.Slot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canvassaudit.rules.RulesFixtures.day;

/**
 * SPEC §2 attendance matching: by Candidate ID when it is in the roster; otherwise by a
 * normalised name equal to exactly one roster name; an unknown id, an ambiguous name or a
 * name within edit distance 2 of a roster name goes to review with suggestions and counts
 * for nobody; every other row is a volunteer. A reviewer's resolution overrides all of
 * it.
 */
class AttendanceMatchingTests {

	private static final List<Candidate> ROSTER = List.of(new Candidate("C001", "Siân O'Connor", "S01", "candidate"),
			new Candidate("C002", "John Smith", "S02", "candidate"),
			new Candidate("C003", "John Smith", "S03", "candidate"),
			new Candidate("C004", "Priya Patel", "S04", "frontbencher"),
			new Candidate("C005", "Anne Lee", "S05", "candidate"));

	// SPEC §2: the table of matching outcomes (suggestions are roster ids, space
	// separated)
	@ParameterizedTest(name = "id [{0}] name [{1}] -> {2} {3}")
	@CsvSource(quoteCharacter = '"', textBlock = """
			C004,     Someone Else,    BY_ID,     C004, ""
			" C004 ", Priya Patel,     BY_ID,     C004, ""
			C002,     John Smith,      BY_ID,     C002, ""
			C999,     Priya Patel,     REVIEW,        , C004
			C999,     Zed Nobody,      REVIEW,        , ""
			,         SIAN O'CONNOR,   BY_NAME,   C001, ""
			,         Siân  O’Connor,  BY_NAME,   C001, ""
			,         priya patel,     BY_NAME,   C004, ""
			,         John Smith,      REVIEW,        , C002 C003
			,         Jon Smith,       REVIEW,        , C002 C003
			,         Priya Patal,     REVIEW,        , C004
			,         Priya Pat,       REVIEW,        , C004
			,         Ann Lee,         REVIEW,        , C005
			,         Anne Leigh,      VOLUNTEER,     , ""
			,         Priya P,         VOLUNTEER,     , ""
			,         Bob Volunteer,   VOLUNTEER,     , ""
			,         "",              VOLUNTEER,     , ""
			""")
	void aSheetRowMatchesByIdThenByUniqueNameElseReviewOrVolunteer(String idCell, String name, Outcome outcome,
			String candidateId, String suggestions) {
		SheetMatch match = new AttendanceMatching(ROSTER, Map.of()).match(row("R1", idCell, name));
		assertThat(match.outcome()).isEqualTo(outcome);
		assertThat(match.candidateId()).isEqualTo(candidateId);
		assertThat(match.suggestions()).isEqualTo(ids(suggestions));
		assertThat(match.counts()).isEqualTo(candidateId != null);
		assertThat(match.inReviewQueue()).isEqualTo(outcome == Outcome.REVIEW);
	}

	// SPEC §2: a row whose id is not in the roster goes to review even when its name
	// matches exactly
	@Test
	void anUnknownIdGoesToReviewEvenWhenTheNameMatches() {
		SheetMatch match = new AttendanceMatching(ROSTER, Map.of()).match(row("R1", "X-77", "Anne Lee"));
		assertThat(match.outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(match.candidateId()).isNull();
		assertThat(match.counts()).isFalse();
		assertThat(match.suggestions()).containsExactly("C005");
	}

	// SPEC §2: a resolution overrides matching: assigned rows count for the candidate
	// chosen, rejected rows for nobody, whatever their id or name says
	@Test
	void aReviewResolutionOverridesMatching() {
		Map<String, String> resolutions = new HashMap<>();
		resolutions.put("R1", "C004");
		resolutions.put("R2", null);
		AttendanceMatching matching = new AttendanceMatching(ROSTER, resolutions);
		SheetMatch assigned = matching.match(row("R1", null, "Bob Volunteer"));
		assertThat(assigned.outcome()).isEqualTo(Outcome.ASSIGNED);
		assertThat(assigned.candidateId()).isEqualTo("C004");
		assertThat(assigned.counts()).isTrue();
		assertThat(assigned.inReviewQueue()).isTrue();
		SheetMatch rejected = matching.match(row("R2", "C001", "Siân O'Connor"));
		assertThat(rejected.outcome()).isEqualTo(Outcome.REJECTED);
		assertThat(rejected.candidateId()).isNull();
		assertThat(rejected.counts()).isFalse();
		assertThat(rejected.inReviewQueue()).isTrue();
		SheetMatch unresolved = matching.match(row("R3", "C001", "Siân O'Connor"));
		assertThat(unresolved.outcome()).isEqualTo(Outcome.BY_ID);
		assertThat(unresolved.candidateId()).isEqualTo("C001");
	}

	// SPEC §2: rows are re-matched against the latest roster: a name ambiguous under
	// one roster matches once the duplicate has left
	@Test
	void rowsAreReMatchedAgainstTheLatestRoster() {
		SheetRow row = row("R1", null, "John Smith");
		assertThat(new AttendanceMatching(ROSTER, Map.of()).match(row).outcome()).isEqualTo(Outcome.REVIEW);
		SheetMatch later = new AttendanceMatching(ROSTER.subList(0, 2), Map.of()).match(row);
		assertThat(later.outcome()).isEqualTo(Outcome.BY_NAME);
		assertThat(later.candidateId()).isEqualTo("C002");
	}

	// SPEC §2: a row keeps its place in the sheet whatever it matches
	@Test
	void aMatchCarriesItsRow() {
		SheetRow row = row("R9", null, "Priya Patel");
		assertThat(new AttendanceMatching(ROSTER, Map.of()).match(row).row()).isEqualTo(row);
	}

	private static SheetRow row(String ref, String idCell, String name) {
		return new SheetRow(ref, 1, "attendance/signin-t01.xlsx", "Week 24", 5, day("2024-06-11"), Slot.AM, "T01", name,
				idCell);
	}

	private static List<String> ids(String suggestions) {
		return suggestions.isEmpty() ? List.of() : List.of(suggestions.split(" "));
	}

}
