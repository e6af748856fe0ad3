package org.canvassaudit.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.sf.jasperreports.engine.JRParameter;

import org.canvassaudit.audit.AuditTrail;
import org.canvassaudit.rules.Rulebook;
import org.canvassaudit.warehouse.Warehouse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code hq-report-<as-of>.pdf}: the nightly report HQ compliance staff read at 8 a.m.
 * The run, the headline figures, tonight's access changes, regions, the week-by-week
 * chart, this week's breaches, the review queue, recess discrepancies, the GOTV plan and
 * open appeals; every page's footer names the as-of date, the rulebook and the audit
 * chain's head, so a printed page can be checked against {@code audit verify}.
 */
@Component
public class HqReport {

	private final CompiledReports reports;

	private final int flagAfterDays;

	private final Clock clock;

	/**
	 * @param reports the compiled reports
	 * @param flagAfterDays the age in days beyond which an open appeal is flagged
	 * ({@code canvass.appeals.flag-after-days})
	 * @param clock the clock appeal ages are counted by
	 */
	public HqReport(CompiledReports reports, @Value("${canvass.appeals.flag-after-days:14}") int flagAfterDays,
			Clock clock) {
		this.reports = reports;
		this.flagAfterDays = flagAfterDays;
		this.clock = clock;
	}

	/**
	 * Render the night's report.
	 * @param warehouse the warehouse, after the night's evaluation
	 * @param night what the night did
	 * @param file where to write the PDF
	 */
	public void write(Warehouse warehouse, NightlyOutputs.Night night, Path file) {
		HqNight context = HqNight.of(warehouse, night);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put(JRParameter.REPORT_LOCALE, Locale.UK);
		for (String name : List.of("figures", "items", "changes", "regions", "weeks", "breaches", "review", "recess",
				"appeals")) {
			parameters.put(name + "Report", this.reports.get("hq-" + name));
		}
		HqSections sections = HqSections.of(context,
				HqAppeals.of(context, LocalDate.now(this.clock), this.flagAfterDays), this.flagAfterDays);
		sections.addTo(parameters);
		parameters.put("title", "HQ compliance report");
		parameters.put("subtitle", "As of " + HqNight.DAY.format(night.asOf()) + " · run " + night.runId());
		parameters.put("summary", sections.summary());
		parameters.put("footerAsOf", "As of " + night.asOf());
		parameters.put("footerTail",
				rulebook(context.currentRulebook()) + " · Audit head " + new AuditTrail(warehouse).head().hash());
		Pdfs.write(this.reports.get("hq-report"), parameters, null, "HQ compliance report " + night.asOf(), file);
	}

	private static String rulebook(Rulebook rulebook) {
		return (rulebook != null) ? "Rulebook v" + rulebook.version() : "No rulebook in force";
	}

}
