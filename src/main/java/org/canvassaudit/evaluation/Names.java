package org.canvassaudit.evaluation;

import java.text.Normalizer;

/**
 * Name normalisation and closeness for matching hand-written sign-in names to the roster.
 */
public final class Names {

	private Names() {
	}

	/**
	 * @param name a name as written
	 * @return it in Unicode NFKD with combining marks dropped, lower-cased, every
	 * character outside a-z, 0-9 and space deleted, spaces collapsed and trimmed: "Siân
	 * O'Connor" is "sian oconnor"
	 */
	public static String normalise(String name) {
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
		StringBuilder kept = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = Character.toLowerCase(decomposed.charAt(i));
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ') {
				kept.append(c);
			}
		}
		return kept.toString().strip().replaceAll(" +", " ");
	}

	/**
	 * @param a a normalised name
	 * @param b another
	 * @param limit the largest distance of interest
	 * @return the Levenshtein distance, or {@code limit + 1} when it is larger than the
	 * limit
	 */
	public static int distance(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) > limit) {
			return limit + 1;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int best = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
				best = Math.min(best, current[j]);
			}
			if (best > limit) {
				return limit + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return Math.min(previous[b.length()], limit + 1);
	}

}
