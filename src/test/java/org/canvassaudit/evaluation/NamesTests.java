package org.canvassaudit.evaluation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §2 attendance matching: a name is normalised by Unicode NFKD, combining marks
 * dropped, lower-cased, every character outside a-z, 0-9 and space deleted, spaces
 * collapsed and trimmed; "near" is an edit distance of at most 2.
 */
class NamesTests {

	// SPEC §2: NFKD, marks dropped, lower case, only a-z 0-9 and space kept, spaces
	// collapsed and trimmed (in the table, the escape for U+00A0 is a no-break space,
	// which NFKD makes a space; the tab escape is a tab, which is not a space and is
	// deleted)
	@ParameterizedTest(name = "[{0}] -> [{1}]")
	@CsvSource(delimiter = '|', textBlock = """
			Siân O'Connor          | sian oconnor
			SIAN O’CONNOR          | sian oconnor
			'  John    Smith  '    | john smith
			Zoë Brontë-Smith       | zoe brontesmith
			François Dupré         | francois dupre
			Ｊｏｈｎ Ｓｍｉｔｈ        | john smith
			Dr. A.N. Other 3rd     | dr an other 3rd
			Łukasz Nowak           | ukasz nowak
			Straße                 | strae
			Mary\u00A0Jones        | mary jones
			Ann\tLee               | annlee
			ŽELJKO                 | zeljko
			Ⅻ Club                 | xii club
			'---'                  | ''
			""")
	void aNameIsNormalisedAsTheSpecSays(String written, String normalised) {
		assertThat(Names.normalise(written)).isEqualTo(normalised);
	}

	// SPEC §2: "within edit distance 2": Levenshtein, capped just above the limit
	@ParameterizedTest(name = "{0} ~ {1} = {3}")
	@CsvSource(textBlock = """
			john smith,  john smith,  2, 0
			jon smith,   john smith,  2, 1
			jhon smith,  john smith,  2, 2
			john smyth,  jon smith,   2, 2
			jo smith,    john smith,  2, 2
			j smith,     john smith,  2, 3
			kitten,      sitting,     2, 3
			kitten,      sitting,     3, 3
			anne lee,    ann lee,     2, 1
			'',          ab,          2, 2
			'',          abc,         2, 3
			""")
	void theDistanceBetweenNamesIsTheirEditDistanceCappedAboveTheLimit(String a, String b, int limit, int distance) {
		assertThat(Names.distance(a, b, limit)).isEqualTo(distance);
		assertThat(Names.distance(b, a, limit)).isEqualTo(distance);
	}

}
