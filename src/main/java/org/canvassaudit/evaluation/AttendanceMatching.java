package org.canvassaudit.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.canvassaudit.evaluation.SheetMatch.Outcome;
import org.canvassaudit.rules.Candidate;

/**
 * Matches sign-in sheet rows to the roster (SPEC §2). A row whose Candidate ID is in the
 * roster matches by id; a row without one matches by name when its normalised name equals
 * exactly one roster name. A row whose id is not in the roster, whose name matches
 * several candidates, or whose name is within two edits of a candidate's without being
 * equal waits in the review queue and counts for nobody; a reviewer's settlement
 * overrides all of this. Every other row is a volunteer.
 */
public final class AttendanceMatching {

	private static final int NEAR = 2;

	private final Map<String, Candidate> byId = new HashMap<>();

	private final Map<String, List<Candidate>> byName = new HashMap<>();

	private final Map<String, String> resolutions;

	private final Map<String, SheetMatch> byNormalisedName = new HashMap<>();

	/**
	 * @param roster the roster
	 * @param resolutions settled review rows: ref to candidate id, or to {@code null}
	 * when rejected
	 */
	public AttendanceMatching(List<Candidate> roster, Map<String, String> resolutions) {
		for (Candidate candidate : roster) {
			this.byId.put(candidate.id().toLowerCase(Locale.ROOT), candidate);
			this.byName.computeIfAbsent(Names.normalise(candidate.fullName()), (k) -> new ArrayList<>()).add(candidate);
		}
		this.resolutions = resolutions;
	}

	/**
	 * @param row a sheet row
	 * @return how it matches
	 */
	public SheetMatch match(SheetRow row) {
		if (this.resolutions.containsKey(row.ref())) {
			Candidate assigned = candidate(this.resolutions.get(row.ref()));
			return (assigned != null) ? new SheetMatch(row, Outcome.ASSIGNED, assigned.id(), List.of())
					: new SheetMatch(row, Outcome.REJECTED, null, List.of());
		}
		String id = (row.candidateIdCell() != null) ? row.candidateIdCell().strip() : "";
		if (!id.isEmpty()) {
			Candidate byId = candidate(id);
			if (byId != null) {
				return new SheetMatch(row, Outcome.BY_ID, byId.id(), List.of());
			}
			return new SheetMatch(row, Outcome.REVIEW, null, suggestions(Names.normalise(nameOf(row))));
		}
		return byName(row);
	}

	private SheetMatch byName(SheetRow row) {
		String normalised = Names.normalise(nameOf(row));
		SheetMatch known = this.byNormalisedName.get(normalised);
		if (known == null) {
			known = matchName(row, normalised);
			this.byNormalisedName.put(normalised, known);
		}
		return new SheetMatch(row, known.outcome(), known.candidateId(), known.suggestions());
	}

	private SheetMatch matchName(SheetRow row, String normalised) {
		List<Candidate> exact = this.byName.getOrDefault(normalised, List.of());
		if (exact.size() == 1) {
			return new SheetMatch(row, Outcome.BY_NAME, exact.get(0).id(), List.of());
		}
		List<String> suggestions = suggestions(normalised);
		return suggestions.isEmpty() ? new SheetMatch(row, Outcome.VOLUNTEER, null, List.of())
				: new SheetMatch(row, Outcome.REVIEW, null, suggestions);
	}

	/**
	 * @param normalised a normalised name
	 * @return roster candidates with that name or one within two edits of it, by id
	 */
	private List<String> suggestions(String normalised) {
		TreeSet<String> suggestions = new TreeSet<>();
		if (!normalised.isEmpty()) {
			this.byName.forEach((name, candidates) -> {
				if (Names.distance(normalised, name, NEAR) <= NEAR) {
					candidates.forEach((candidate) -> suggestions.add(candidate.id()));
				}
			});
		}
		return List.copyOf(suggestions);
	}

	private static String nameOf(SheetRow row) {
		return (row.name() != null) ? row.name() : "";
	}

	private Candidate candidate(String id) {
		return (id != null) ? this.byId.get(id.strip().toLowerCase(Locale.ROOT)) : null;
	}

}
