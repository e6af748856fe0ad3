package org.canvassaudit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JasperReport;

import org.canvassaudit.warehouse.Warehouse;

import org.springframework.stereotype.Component;

/**
 * The candidate's evidence pack: a PDF from which a candidate can check every figure of a
 * decision — the rule's text, version and SHA-256, the own-seat contacts per day with the
 * export rows they came from (counts only, no voter data), every session that counted and
 * how it was matched, those that did not and why, the review rows that may be theirs, the
 * seat classification and twinning in force, and the audit events that seal it.
 * <p>
 * Every pack of a night shares one reading of the night's facts and one compiled report.
 */
@Component
public class EvidencePack {

	static final String REPORT = "evidence-pack";

	private final CompiledReports reports;

	public EvidencePack(CompiledReports reports) {
		this.reports = reports;
	}

	/**
	 * @param warehouse the warehouse
	 * @param runId the night's run
	 * @param asOf the night's as-of date
	 * @param candidateId a candidate (any case)
	 * @param period a week such as {@code 2024-W23}, or a recess name
	 * @param file the PDF to write
	 * @return the decision packed
	 * @throws IllegalArgumentException when the night stood by no decision for them
	 */
	public DecisionDossier write(Warehouse warehouse, int runId, LocalDate asOf, String candidateId, String period,
			Path file) {
		List<DecisionDossier> dossiers = DecisionDossier.find(warehouse, runId, candidateId, period);
		if (dossiers.isEmpty()) {
			throw new IllegalArgumentException(
					"no decision for candidate " + candidateId + " and " + period + " on the night of " + asOf);
		}
		// a period names one rule: a week is twinned_sessions, a recess recess_visits
		DecisionDossier dossier = dossiers.get(0);
		render(this.reports.get(REPORT), dossier, new EvidencePackNight(warehouse, runId, asOf), file);
		return dossier;
	}

	/**
	 * @param warehouse the warehouse
	 * @param runId the night's run
	 * @param asOf the night's as-of date
	 * @param period a week such as {@code 2024-W23}, or a recess name
	 * @param dir the folder to write into (created if need be)
	 * @return the packs written, one per candidate with a decision for the period, named
	 * as {@link #fileName}
	 * @throws IllegalArgumentException when the night stood by no decision for the period
	 */
	public List<Path> writeAll(Warehouse warehouse, int runId, LocalDate asOf, String period, Path dir) {
		List<Integer> decisions = warehouse.jdbc()
			.queryForList("""
					SELECT d.decision_seq FROM run_decision r JOIN decision d USING (decision_seq)
					WHERE r.run_id = ? AND lower(d.period) = lower(?) ORDER BY d.candidate_id, d.rule""", Integer.class,
					runId, period.strip());
		if (decisions.isEmpty()) {
			throw new IllegalArgumentException("no decision for " + period + " on the night of " + asOf);
		}
		createDirectories(dir);
		JasperReport report = this.reports.get(REPORT);
		EvidencePackNight night = new EvidencePackNight(warehouse, runId, asOf);
		List<Path> written = new ArrayList<>();
		for (int decisionSeq : decisions) {
			DecisionDossier dossier = DecisionDossier.load(warehouse, decisionSeq);
			Path file = dir.resolve(fileName(dossier.candidateId(), dossier.period()));
			render(report, dossier, night, file);
			written.add(file);
		}
		return written;
	}

	/**
	 * @param candidateId a candidate
	 * @param period a week or recess name
	 * @return {@code evidence-pack-<candidate>-<period>.pdf}, with any character unsafe
	 * in a file name (a recess name's spaces) as {@code -}
	 */
	public static String fileName(String candidateId, String period) {
		return ("evidence-pack-" + candidateId + "-" + period).replaceAll("[^A-Za-z0-9._-]", "-") + ".pdf";
	}

	private static void render(JasperReport report, DecisionDossier dossier, EvidencePackNight night, Path file) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("heading", "Evidence pack");
		parameters.put("candidate", dossier.candidateId() + " " + dossier.candidateName());
		parameters.put("period", dossier.rule() + ", " + EvidencePackLines.period(dossier) + ": " + dossier.status());
		parameters.put("night", "Decision " + dossier.decisionId() + ", as it stood on the night of " + night.asOf()
				+ " (run " + night.runId() + ")");
		parameters.put("footer", "Evidence pack for " + dossier.candidateId() + ", " + dossier.period() + " · decision "
				+ dossier.decisionId());
		Path absolute = file.toAbsolutePath();
		createDirectories(absolute.getParent());
		try {
			// written beside the target, then moved: no half-written pack is ever seen
			Path part = absolute.resolveSibling("." + absolute.getFileName() + ".part");
			try {
				Pdfs.write(report, parameters, new EvidencePackRows(EvidencePackLines.of(dossier, night)),
						"Evidence pack " + dossier.candidateId() + " " + dossier.period(), part);
				Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(part);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static void createDirectories(Path dir) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create " + dir + ": " + ex.getMessage(), ex);
		}
	}

}
