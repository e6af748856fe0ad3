package org.canvassaudit.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.canvassaudit.rules.IsoWeek;
import org.canvassaudit.rules.Status;
import org.canvassaudit.rules.Tool;

/**
 * SPEC §3 "Access": every tool starts {@code GRANTED}; finished weeks are taken in order.
 * Under week W's rulebook, a {@code BREACH} revokes each tool of {@code revoke_on_breach}
 * that is granted, from W+1's Monday (a tool already revoked keeps its date); otherwise,
 * when twinned sessions reached the requirement, every revoked tool is restored from
 * W+1's Monday.
 * <p>
 * Transitions take their natural dates, even for a week decided long after it ended, but
 * never before the transition they follow. A week decided for the first time that is
 * older than a week already recorded (its contacts came late) also takes its natural
 * dates, and the weeks after it are taken again on top. Late evidence is the exception:
 * when tonight changes the status of a week an earlier night recorded as finished, the
 * state those weeks now give replaces the recorded one from the as-of date, with the
 * reason {@code late evidence}. So is a week decided for the first time whose natural
 * date is not after a transition already recorded, so that nothing already applied is
 * rewritten in the past.
 * <p>
 * Over all this, {@code classification_access} denies tools outright ({@code DENIED});
 * the history underneath goes on and shows again when the denial lifts.
 */
public final class AccessRules {

	/** The reason given to corrections caused by late evidence. */
	public static final String LATE_EVIDENCE = "late evidence";

	/**
	 * @param week a week, {@code 2024-W23}
	 * @return the reason given to a revocation by that week's breach
	 */
	public static String breachOf(Object week) {
		return "breach " + week;
	}

	private static String compliantIn(Object week) {
		return "compliant " + week;
	}

	private AccessRules() {
	}

	/**
	 * As {@link #evaluate(String, List, Map, Map, Denial, LocalDate)}, where the last
	 * transition IT had of each tool is the date of its recorded state underneath.
	 */
	public static Outcome evaluate(String candidateId, List<FinishedWeek> weeks, Map<Tool, ToolAccess> previous,
			Denial denial, LocalDate asOf) {
		return evaluate(candidateId, weeks, previous, Map.of(), denial, asOf);
	}

	/**
	 * @param candidateId the candidate
	 * @param weeks the candidate's finished {@code twinned_sessions} weeks, in order
	 * @param previous the access recorded before tonight, by tool (missing tools start
	 * granted)
	 * @param lastSent the date of the last transition of each tool recorded for IT before
	 * tonight, which may be later than the state underneath (a denial lifted)
	 * @param denial tonight's classification denials, by tool, and what the seat is
	 * otherwise
	 * @param asOf the as-of date
	 * @return tonight's access and the transitions to record
	 */
	public static Outcome evaluate(String candidateId, List<FinishedWeek> weeks, Map<Tool, ToolAccess> previous,
			Map<Tool, LocalDate> lastSent, Denial denial, LocalDate asOf) {
		Map<Tool, ToolState> underlying = new EnumMap<>(Tool.class);
		for (Tool tool : Tool.values()) {
			ToolAccess before = previous.get(tool);
			underlying.put(tool, (before != null) ? before.underlying() : ToolState.INITIAL);
		}
		Transitions tonight = new Transitions(underlying, lastSent);
		IsoWeek lastDecided = lastDecidedBefore(weeks);
		FinishedWeek lateCause = lateCause(weeks, lastDecided, lastTransition(underlying));
		IsoWeek stepFrom = firstDecidedTonight(weeks);
		if (lateCause != null) {
			correctForLateEvidence(candidateId, weeks, lastDecided, lateCause, underlying, asOf, tonight.changes);
			stepFrom = null;
		}
		for (FinishedWeek week : weeks) {
			boolean afterRecorded = lastDecided == null || week.week().compareTo(lastDecided) > 0;
			if (afterRecorded || (stepFrom != null && week.week().compareTo(stepFrom) >= 0)) {
				step(candidateId, week, underlying, tonight);
			}
		}
		return visible(candidateId, previous, underlying, tonight.changes, denial);
	}

	private static IsoWeek lastDecidedBefore(List<FinishedWeek> weeks) {
		IsoWeek last = null;
		for (FinishedWeek week : weeks) {
			if (week.decidedBefore() && (last == null || week.week().compareTo(last) > 0)) {
				last = week.week();
			}
		}
		return last;
	}

	private static IsoWeek firstDecidedTonight(List<FinishedWeek> weeks) {
		for (FinishedWeek week : weeks) {
			if (!week.decidedBefore()) {
				return week.week();
			}
		}
		return null;
	}

	private static LocalDate lastTransition(Map<Tool, ToolState> underlying) {
		LocalDate last = null;
		for (ToolState state : underlying.values()) {
			if (state.since() != null && (last == null || state.since().isAfter(last))) {
				last = state.since();
			}
		}
		return last;
	}

	/**
	 * @return the week that makes tonight late evidence: one whose recorded status
	 * changed, or one decided for the first time whose natural date is not after a
	 * transition already recorded (its place in the past is taken)
	 */
	private static FinishedWeek lateCause(List<FinishedWeek> weeks, IsoWeek lastDecided, LocalDate lastTransition) {
		for (FinishedWeek week : weeks) {
			boolean newBeforeRecorded = !week.decidedBefore() && lastDecided != null
					&& week.week().compareTo(lastDecided) < 0 && lastTransition != null
					&& !week.week().next().monday().isAfter(lastTransition);
			if (week.statusChanged() || newBeforeRecorded) {
				return week;
			}
		}
		return null;
	}

	private static void correctForLateEvidence(String candidateId, List<FinishedWeek> weeks, IsoWeek lastDecided,
			FinishedWeek cause, Map<Tool, ToolState> underlying, LocalDate asOf, List<AccessChange> changes) {
		Map<Tool, ToolState> natural = new EnumMap<>(Tool.class);
		for (Tool tool : Tool.values()) {
			natural.put(tool, ToolState.INITIAL);
		}
		for (FinishedWeek week : weeks) {
			if (week.week().compareTo(lastDecided) <= 0) {
				step(candidateId, week, natural, null);
			}
		}
		List<String> overturned = new ArrayList<>();
		for (FinishedWeek week : weeks) {
			if (week.statusChanged()) {
				overturned.addAll(List.of(breachOf(week.week()), compliantIn(week.week())));
			}
		}
		for (Tool tool : Tool.values()) {
			AccessState now = natural.get(tool).state();
			AccessState recorded = underlying.get(tool).state();
			if (now != recorded) {
				changes
					.add(new AccessChange(candidateId, tool, recorded, now, asOf, LATE_EVIDENCE, cause.decisionId()));
				underlying.put(tool, new ToolState(now, asOf, LATE_EVIDENCE, cause.decisionId()));
			}
			else if (overturned.contains(underlying.get(tool).reason()) && natural.get(tool).since() != null) {
				// The same state, but for a week whose status has changed: it now stands
				// on the later week that gives it, from that week's date.
				underlying.put(tool, natural.get(tool));
			}
		}
	}

	/**
	 * Apply one finished week, from W+1's Monday, or from the date of the last transition
	 * IT has for the tool if that is later (a correction for late evidence tonight, or an
	 * upheld appeal), so that no transition takes effect before the one it follows.
	 * @param candidateId the candidate
	 * @param week the week
	 * @param state the state to update
	 * @param tonight where to record transitions, or {@code null} when none are recorded
	 */
	private static void step(String candidateId, FinishedWeek week, Map<Tool, ToolState> state, Transitions tonight) {
		if (week.status() == Status.BREACH) {
			for (Tool tool : week.revokeOnBreach()) {
				if (state.get(tool).state() == AccessState.GRANTED) {
					move(candidateId, tool, state, new ToolState(AccessState.REVOKED, from(week, tool, state, tonight),
							breachOf(week.week()), week.decisionId()), tonight);
				}
			}
		}
		else if (week.metRequirement()) {
			for (Tool tool : Tool.values()) {
				if (state.get(tool).state() == AccessState.REVOKED) {
					move(candidateId, tool, state, new ToolState(AccessState.GRANTED, from(week, tool, state, tonight),
							compliantIn(week.week()), week.decisionId()), tonight);
				}
			}
		}
	}

	private static LocalDate from(FinishedWeek week, Tool tool, Map<Tool, ToolState> state, Transitions tonight) {
		LocalDate natural = week.week().next().monday();
		LocalDate last = (tonight != null) ? tonight.last(tool) : state.get(tool).since();
		return (last != null && last.isAfter(natural)) ? last : natural;
	}

	/**
	 * Move a tool, recording the transition. The order of a day's rows in a sorted file
	 * says nothing to IT, so a transition never shares its date with the one it follows:
	 * two transitions tonight on the same date are recorded as the one they make
	 * together, or none; one that falls on the date of a transition recorded on an
	 * earlier night or between nights (an upheld appeal) takes effect the day after.
	 */
	private static void move(String candidateId, Tool tool, Map<Tool, ToolState> state, ToolState to,
			Transitions tonight) {
		ToolState moved = to;
		if (tonight != null) {
			AccessState from = state.get(tool).state();
			AccessChange sameDay = tonight.changes.stream()
				.filter((change) -> change.tool() == tool && change.effective().equals(to.since()))
				.findFirst()
				.orElse(null);
			if (sameDay != null) {
				tonight.changes.remove(sameDay);
				from = sameDay.from();
			}
			else if (to.since().equals(tonight.last(tool))) {
				moved = new ToolState(to.state(), to.since().plusDays(1), to.reason(), to.decisionId());
			}
			if (from != moved.state()) {
				tonight.changes.add(new AccessChange(candidateId, tool, from, moved.state(), moved.since(),
						moved.reason(), moved.decisionId()));
			}
		}
		state.put(tool, moved);
	}

	private static Outcome visible(String candidateId, Map<Tool, ToolAccess> previous, Map<Tool, ToolState> underlying,
			List<AccessChange> underlyingChanges, Denial denial) {
		List<ToolAccess> access = new ArrayList<>();
		List<AccessChange> changes = new ArrayList<>();
		for (Tool tool : Tool.values()) {
			ToolAccess before = previous.get(tool);
			boolean deniedBefore = before != null && before.visible().state() == AccessState.DENIED;
			ToolState denied = denial.deniedTools().get(tool);
			ToolState below = underlying.get(tool);
			List<AccessChange> own = underlyingChanges.stream().filter((change) -> change.tool() == tool).toList();
			if (denied != null && !deniedBefore) {
				AccessState state = (before != null) ? before.visible().state() : AccessState.GRANTED;
				for (AccessChange change : own) {
					if (change.effective().isBefore(denied.since())) {
						changes.add(change);
						state = change.to();
					}
				}
				changes.add(new AccessChange(candidateId, tool, state, AccessState.DENIED, denied.since(),
						denied.reason(), null));
			}
			else if (denied == null && deniedBefore) {
				// A transition underneath on the day of the lift goes out as part of it:
				// no tool gets two transitions on one day.
				List<AccessChange> after = own.stream()
					.filter((change) -> change.effective().isAfter(denial.allowedSince()))
					.toList();
				AccessState atLift = after.isEmpty() ? below.state() : after.get(0).from();
				changes.add(new AccessChange(candidateId, tool, AccessState.DENIED, atLift, denial.allowedSince(),
						denial.allowedReason(), null));
				changes.addAll(after);
				if (below.since() == null) {
					// Nothing happened underneath: the lift itself is what last changed
					// the tool.
					below = new ToolState(below.state(), denial.allowedSince(), denial.allowedReason(), null);
				}
			}
			else if (!deniedBefore) {
				changes.addAll(own);
			}
			access.add(new ToolAccess(candidateId, tool, (denied != null) ? denied : below, below));
		}
		return new Outcome(List.copyOf(access), List.copyOf(changes));
	}

	/**
	 * Tonight's transitions, in order, and the date of the last transition IT had of each
	 * tool before tonight: the later of the date of its recorded state and of the last
	 * transition recorded for it. A pair of tonight's transitions that made no change
	 * together is gone from both: IT's last transition of the tool is the earlier one
	 * again.
	 */
	private static final class Transitions {

		private final List<AccessChange> changes = new ArrayList<>();

		private final Map<Tool, LocalDate> recorded = new EnumMap<>(Tool.class);

		Transitions(Map<Tool, ToolState> states, Map<Tool, LocalDate> lastSent) {
			states.forEach((tool, state) -> {
				if (state.since() != null) {
					this.recorded.put(tool, state.since());
				}
			});
			lastSent.forEach((tool, date) -> this.recorded.merge(tool, date, (a, b) -> a.isAfter(b) ? a : b));
		}

		/**
		 * @return the date of the last transition of the tool IT has or will have from
		 * tonight, or {@code null} for none
		 */
		LocalDate last(Tool tool) {
			for (int i = this.changes.size() - 1; i >= 0; i--) {
				if (this.changes.get(i).tool() == tool) {
					return this.changes.get(i).effective();
				}
			}
			return this.recorded.get(tool);
		}

	}

	/**
	 * Tonight's classification denials for one candidate.
	 *
	 * @param deniedTools the tools denied, each with its {@code DENIED} state, since and
	 * reason
	 * @param allowedSince when a denial lifts: the day the seat's current position began
	 * @param allowedReason when a denial lifts: {@code classification <classification>}
	 */
	public record Denial(Map<Tool, ToolState> deniedTools, LocalDate allowedSince, String allowedReason) {

		/** No tool denied. */
		public static Denial none(LocalDate allowedSince, String allowedReason) {
			return new Denial(Map.of(), allowedSince, allowedReason);
		}

	}

	/**
	 * Tonight's access for one candidate.
	 *
	 * @param access every tool's access
	 * @param changes the transitions to record, in order
	 */
	public record Outcome(List<ToolAccess> access, List<AccessChange> changes) {
	}

}
