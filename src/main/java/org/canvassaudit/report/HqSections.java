package org.canvassaudit.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.sf.jasperreports.engine.JRParameter;

import org.canvassaudit.rules.GotvPlan;

/**
 * The HQ report's sections, each a heading, a note, its rows and the plain words it
 * prints when it has none ("No access changes tonight."), handed to the report as one
 * parameter map and one data source per section.
 */
final class HqSections {

	private final HqNight night;

	private final HqRunSection run;

	private final List<HqChanges.Change> changes;

	private final List<HqBreaches.Breach> breaches;

	private final List<HqItem> warnings;

	private final HqReview review;

	private final List<HqRecess.Discrepancy> recess;

	private final List<HqAppeals.Open> appeals;

	private final int flagAfterDays;

	private final Map<String, Object> parameters = new HashMap<>();

	private HqSections(HqNight night, List<HqAppeals.Open> appeals, int flagAfterDays) {
		this.night = night;
		this.run = HqRunSection.of(night);
		this.changes = HqChanges.of(night);
		this.breaches = HqBreaches.of(night);
		this.warnings = HqBreaches.warnings(night);
		this.review = HqReview.of(night);
		this.recess = HqRecess.of(night);
		this.appeals = appeals;
		this.flagAfterDays = flagAfterDays;
	}

	static HqSections of(HqNight night, List<HqAppeals.Open> appeals, int flagAfterDays) {
		HqSections sections = new HqSections(night, appeals, flagAfterDays);
		sections.add();
		return sections;
	}

	private void add() {
		String asOf = this.night.asOf().toString();
		String lastWeek = this.night.lastWeek().toString();
		section("run", "1. The run", this.run.reconciliation(), this.run.figures(), "No files tonight.");
		items("quarantined", "Files quarantined", null, this.run.quarantined(), "No files quarantined tonight.", "File",
				"Why");
		subsection("rejects", "Rejected rows by reason", "Each rejected row is listed in rejects-" + asOf + ".csv.",
				this.run.rejects(), "No rows rejected tonight.");
		HqStanding standing = HqStanding.of(this.night);
		section("headline", "2. Headline figures", null, standing.headline(), "");
		section("changes", "3. Tonight's access changes",
				HqFigure.count(this.changes.size()) + ((this.changes.size() == 1) ? " change" : " changes")
						+ " for IT to apply, as in access-changes-" + asOf + ".csv.",
				this.changes, "No access changes tonight.");
		section("regions", "4. By region",
				"Breaches are those of " + lastWeek
						+ "; tools revoked and denied are tonight's access, by the region of the candidate's own seat.",
				standing.regions(), "No candidates on the roster.");
		section("weeks", "5. Own-seat contacts and twinned sessions by week",
				"Summed over every candidate's twinned_sessions decision; each series has its own axis.",
				HqWeeks.of(this.night), "No weeks evaluated yet.");
		section("breaches", "6. Breaches in week " + lastWeek, null, this.breaches,
				"No breaches in week " + lastWeek + ".");
		items("warnings", "Data-quality warnings in week " + lastWeek,
				"Candidates over the contact threshold with no twinning in force: not evaluated, never a breach.",
				this.warnings, "No data-quality warnings in week " + lastWeek + ".", "Candidate", "Warning");
		section("queue", "7. Review queue", null, this.review.figures(), "The review queue is empty.");
		subsection("likely", "Rows most likely to change a decision", likelyNote(asOf), this.review.likely(),
				"No waiting row would change a decision.");
		section("recess", "8. Recess discrepancies", null, this.recess, "No recess discrepancies.");
		GotvPlan.Plan gotv = this.night.evaluation().gotv();
		section("gotv", "9. GOTV plan",
				(gotv != null) ? "The seat-by-seat plan is in gotv-" + gotv.pollingDay() + ".csv." : null,
				HqGotv.of(gotv), "No rulebook has a GOTV plan.");
		section("appeals", "10. Open appeals",
				"Oldest first; an appeal open more than " + this.flagAfterDays
						+ " days is flagged. Age counts whole days from lodging to today.",
				this.appeals, "No open appeals.");
	}

	private String likelyNote(String asOf) {
		String shown = (this.review.likelyCount() > this.review.likely().size())
				? "Showing " + this.review.likely().size() + " of " + this.review.likelyCount() + ". " : "";
		return shown + "Open rows that would add a twinned session for a suggested candidate in breach that week, "
				+ "closest to the requirement first. Every row is in review-queue-" + asOf + ".csv.";
	}

	private Map<String, Object> section(String key, String heading, String note, List<? extends Record> rows,
			String empty) {
		Map<String, Object> section = new HashMap<>();
		section.put("heading", heading);
		section.put("note", note);
		section.put("empty", empty);
		section.put(JRParameter.REPORT_LOCALE, Locale.UK);
		this.parameters.put(key, section);
		this.parameters.put(key + "Rows", HqRows.of(rows));
		return section;
	}

	private Map<String, Object> subsection(String key, String heading, String note, List<? extends Record> rows,
			String empty) {
		Map<String, Object> section = section(key, heading, note, rows, empty);
		section.put("sub", Boolean.TRUE);
		return section;
	}

	/** A subsection listing items, each with a detail, under the two column labels. */
	private void items(String key, String heading, String note, List<HqItem> rows, String empty, String itemLabel,
			String detailLabel) {
		Map<String, Object> section = subsection(key, heading, note, rows, empty);
		section.put("itemLabel", itemLabel);
		section.put("detailLabel", detailLabel);
	}

	void addTo(Map<String, Object> reportParameters) {
		reportParameters.putAll(this.parameters);
	}

	/**
	 * @return one line for the top of the first page: what needs attention tonight, or
	 * "Nothing to report tonight."
	 */
	String summary() {
		List<String> items = new ArrayList<>();
		add(items, this.changes.size(), "access change", "access changes");
		add(items, this.breaches.size(), "breach in " + this.night.lastWeek(), "breaches in " + this.night.lastWeek());
		add(items, this.warnings.size(), "data-quality warning", "data-quality warnings");
		add(items, this.run.quarantined().size(), "file quarantined", "files quarantined");
		add(items, this.run.rowsRejected(), "row rejected", "rows rejected");
		add(items, this.review.waiting(), "row waiting for review", "rows waiting for review");
		add(items, this.recess.size(), "recess discrepancy", "recess discrepancies");
		add(items, HqAppeals.overdue(this.appeals), "appeal open more than " + this.flagAfterDays + " days",
				"appeals open more than " + this.flagAfterDays + " days");
		return items.isEmpty() ? "Nothing to report tonight." : "Tonight: " + String.join("; ", items) + ".";
	}

	private static void add(List<String> items, long count, String one, String many) {
		if (count > 0) {
			items.add(HqFigure.count(count) + " " + ((count == 1) ? one : many));
		}
	}

}
