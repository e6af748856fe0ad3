package org.canvassaudit.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §2 "Attendance spreadsheets", matching by name: Unicode NFKD, combining marks
 * dropped, lower-cased, every character outside a-z, 0-9 and space deleted, spaces
 * collapsed and trimmed; names within edit distance 2 go to review.
 */
class NameNormalisationTests {

	// Accents, apostrophes (straight and curly), hyphens, dots, case and untidy spacing
	// all normalise away, so the roster name and the hand-written one meet.
	@ParameterizedTest(name = "[{0}] -> [{1}]")
	@CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false,
			value = { "Siân O'Connor|sian oconnor", "Zoë Brontë|zoe bronte", "SIÂN O’CONNOR|sian oconnor",
					"  Mary   Ann  Jones |mary ann jones", "Anne-Marie Duval|annemarie duval",
					"Dr. J. Smith 2nd|dr j smith 2nd", "José Ñúñez|jose nunez", "Renée Lefèvre-Côté|renee lefevrecote",
					"İlkay Gündoğan|ilkay gundogan", "Dvořák Šťastný|dvorak stastny", "Ａｌｉ Ｋｈａｎ|ali khan",
					"ﬁona ﬂynn|fiona flynn", "Mary\u00A0Ann|mary ann", "Mary\tAnn|maryann",
					"Zoe\u0308 Bronte\u0308|zoe bronte", "O'Brien , Pat|obrien pat", "(Jo) Bloggs!|jo bloggs",
					"Jo ' Bloggs|jo bloggs" })
	void normalisesAsTheSpecDefines(String written, String normalised) {
		assertThat(Names.normalise(written)).isEqualTo(normalised);
	}

	// Letters NFKD does not decompose are outside a-z and are deleted, exactly as the
	// spec's rule reads (the distance rule then sends near misses to review).
	@ParameterizedTest(name = "[{0}] -> [{1}]")
	@CsvSource(delimiter = '|',
			value = { "Søren Kierkegaard|sren kierkegaard", "Łukasz Strauß|ukasz strau", "Þóra|ora" })
	void deletesLettersWithoutADecomposition(String written, String normalised) {
		assertThat(Names.normalise(written)).isEqualTo(normalised);
	}

	// A name of nothing but marks and punctuation normalises to the empty string.
	@Test
	void normalisesPunctuationAloneToNothing() {
		assertThat(Names.normalise(" '-. ’ ")).isEqualTo("");
		assertThat(Names.normalise("")).isEqualTo("");
	}

	// Levenshtein distance between normalised names, capped at limit + 1: one and two
	// edits are within review range, three are not; a swap of two letters is two edits.
	@ParameterizedTest(name = "[{0}] vs [{1}] = {3}")
	@CsvSource(delimiter = '|',
			value = { "sian oconnor|sian oconnor|2|0", "sian oconnor|sian oconor|2|1", "sian oconnor|shan oconnor|2|1",
					"jon smith|john smyth|2|2", "sina|sian|2|2", "abc|xyz|2|3", "abc|abcdef|2|3", "abcdef|abc|2|3",
					"ab|abcd|2|2", "|ab|2|2", "|abc|2|3", "kitten|sitting|3|3", "kitten|sitting|5|3",
					"mary ann|maryann|2|1", "zoe bronte|sian oconnor|2|3", "a|b|0|1", "a|a|0|0" })
	void measuresEditDistanceUpToALimit(String a, String b, int limit, int expected) {
		assertThat(Names.distance(nullToEmpty(a), nullToEmpty(b), limit)).isEqualTo(expected);
	}

	// Distance is symmetric.
	@Test
	void distanceIsSymmetric() {
		assertThat(Names.distance("jon smith", "john smyth", 2)).isEqualTo(Names.distance("john smyth", "jon smith", 2))
			.isEqualTo(2);
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
