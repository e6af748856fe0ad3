package org.canvassaudit.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Every rulebook held. The rulebook for a week is the one with the latest
 * {@code effective_from} on or before the week's Monday; the rulebook for a date is the
 * rulebook for the week containing it.
 */
public final class Rulebooks {

	private final List<Rulebook> byEffectiveFrom;

	public Rulebooks(List<Rulebook> rulebooks) {
		this.byEffectiveFrom = rulebooks.stream().sorted(Comparator.comparing(Rulebook::effectiveFrom)).toList();
	}

	/**
	 * @param week a week
	 * @return its rulebook, or {@code null} before the first one takes effect
	 */
	public Rulebook forWeek(IsoWeek week) {
		Rulebook governing = null;
		for (Rulebook rulebook : this.byEffectiveFrom) {
			if (!rulebook.effectiveFrom().isAfter(week.monday())) {
				governing = rulebook;
			}
		}
		return governing;
	}

	public Rulebook forDate(LocalDate date) {
		return forWeek(IsoWeek.of(date));
	}

	public List<Rulebook> all() {
		return this.byEffectiveFrom;
	}

}
