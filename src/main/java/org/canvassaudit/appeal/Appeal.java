package org.canvassaudit.appeal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A candidate's appeal against a breach decision, or against a classification denial of
 * tools, and its outcome once a reviewer has decided it.
 *
 * @param seq its row
 * @param appealId its id, e.g. {@code A0007}
 * @param candidateId the candidate
 * @param period the week or recess appealed
 * @param rule the rule of the decision appealed, or {@code classification_access} for a
 * denial
 * @param decisionSeq the decision row appealed, or {@code null} for a denial
 * @param decisionId the decision appealed, or {@code null} for a denial
 * @param deniedTools for a denial, the tools denied (empty for a breach)
 * @param classification for a denial, the seat's position it was lodged against:
 * {@code <classification> from <valid_from> under rulebook v<version>}
 * @param grounds the candidate's grounds
 * @param lodgedAt when it was lodged (UTC)
 * @param lodgedAfterRun the latest night when it was lodged
 * @param evidence the files sent with it
 * @param outcome the outcome, or {@code null} while open
 */
public record Appeal(int seq, String appealId, String candidateId, String period, String rule, Integer decisionSeq,
		String decisionId, List<String> deniedTools, String classification, String grounds, LocalDateTime lodgedAt,
		int lodgedAfterRun, List<EvidenceFile> evidence, Outcome outcome) {

	/** The rule name an appeal against a classification denial carries. */
	public static final String DENIAL = "classification_access";

	public boolean isOpen() {
		return this.outcome == null;
	}

	public boolean isDenial() {
		return DENIAL.equals(this.rule);
	}

	/**
	 * @param today today
	 * @return whole days since it was lodged
	 */
	public long ageInDays(LocalDate today) {
		return ChronoUnit.DAYS.between(this.lodgedAt.toLocalDate(), today);
	}

	/**
	 * A file sent with an appeal.
	 *
	 * @param sha256 the SHA-256 of its bytes, its name in the evidence store
	 * @param fileName the name it was sent under
	 * @param sizeBytes its size
	 */
	public record EvidenceFile(String sha256, String fileName, long sizeBytes) {
	}

	/**
	 * A reviewer's decision on an appeal.
	 *
	 * @param upheld whether the appeal was upheld
	 * @param reviewer who decided
	 * @param reason why
	 * @param decidedOn the date it takes effect
	 * @param decidedAt when it was recorded (UTC)
	 * @param decidedAfterRun the latest night when it was decided
	 */
	public record Outcome(boolean upheld, String reviewer, String reason, LocalDate decidedOn, LocalDateTime decidedAt,
			int decidedAfterRun) {

		/**
		 * @return {@code upheld} or {@code dismissed}
		 */
		public String word() {
			return this.upheld ? "upheld" : "dismissed";
		}

	}

}
