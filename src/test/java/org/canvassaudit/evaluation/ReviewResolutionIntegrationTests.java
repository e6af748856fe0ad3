package org.canvassaudit.evaluation;

import java.nio.file.Path;
import java.util.List;

import org.canvassaudit.support.CliResult;
import org.canvassaudit.support.CliTestSupport;
import org.canvassaudit.support.SmallCampaign;
import org.canvassaudit.support.TestInbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §5 {@code review resolve}: a sign-in row signed "Ann Smyth" is within two edits of
 * Ann Smith, so it waits in the review queue and counts for nobody; settled as hers, it
 * counts from the next run, which makes her breached week compliant as late evidence.
 */
class ReviewResolutionIntegrationTests extends CliTestSupport {

	@TempDir
	Path temp;

	@Test
	void aRowSettledAsTheCandidatesMakesHerBreachCompliantOnTheNextRun() {
		TestInbox inbox = SmallCampaign.inBreach(this.temp.resolve("inbox"))
			.sheet("E1-sign-in.xlsx", new String[] { "2024-06-06", "PM", "E1", "Ann Smyth", null });
		String warehouse = this.temp.resolve("warehouse.duckdb").toString();
		night(inbox, warehouse, "2024-06-10");
		List<String> queue = TestInbox.lines(this.temp.resolve("out-2024-06-10/review-queue-2024-06-10.csv"));
		assertThat(queue).hasSize(2);
		String ref = queue.get(1).substring(0, queue.get(1).indexOf(','));
		assertThat(queue.get(1))
			.isEqualTo(ref + ",attendance/E1-sign-in.xlsx,Sign-in,3,2024-06-06,PM,E1,Ann Smyth,,C1,open");
		assertThat(TestInbox.lines(this.temp.resolve("out-2024-06-10/decisions-2024-06-10.csv")).get(1))
			.startsWith("C1,2024-W23,twinned_sessions,1,BREACH,3,1,2,");

		assertRefused(cli("review", "resolve", "--row", "000000000000", "--candidate", "C1", "--reviewer", "R. Patel",
				"--warehouse", warehouse), "no review-queue row 000000000000 on the night of 2024-06-10");
		assertRefused(cli("review", "resolve", "--row", ref, "--candidate", "C7", "--reviewer", "R. Patel",
				"--warehouse", warehouse), "no candidate C7 in the roster");
		assertThat(cli("review", "resolve", "--row", ref, "--candidate", "C1", "--reject", "--reviewer", "R. Patel",
				"--warehouse", warehouse)
			.exitCode()).isEqualTo(2);

		CliResult resolve = cli("review", "resolve", "--row", ref.toUpperCase(), "--candidate", "c1", "--reviewer",
				"R. Patel", "--warehouse", warehouse);
		assertThat(resolve.exitCode()).as(resolve.err()).isZero();
		assertThat(resolve.out()).startsWith("Review row " + ref + " assigned to C1 by R. Patel.")
			.contains("It counts from the next run");

		night(inbox, warehouse, "2024-06-12");
		String compliant = TestInbox.lines(this.temp.resolve("out-2024-06-12/decisions-2024-06-12.csv")).get(1);
		assertThat(compliant).startsWith("C1,2024-W23,twinned_sessions,1,COMPLIANT,3,2,2,");
		String id = TestInbox.decisionId(compliant);
		assertThat(TestInbox.lines(this.temp.resolve("out-2024-06-12/access-changes-2024-06-12.csv"))).containsExactly(
				"candidate_id,tool,from_state,to_state,effective,reason,decision_id",
				"C1,contact_creator,REVOKED,GRANTED,2024-06-12,late evidence," + id,
				"C1,leaflet_printing,REVOKED,GRANTED,2024-06-12,late evidence," + id,
				"C1,organise,REVOKED,GRANTED,2024-06-12,late evidence," + id);
		assertThat(TestInbox.lines(this.temp.resolve("out-2024-06-12/review-queue-2024-06-12.csv")).get(1))
			.endsWith(",Ann Smyth,,,assigned C1");
		CliResult explain = cli("explain", "--candidate", "C1", "--week", "2024-W23", "--warehouse", warehouse);
		assertThat(explain.out()).contains("attendance/E1-sign-in.xlsx sheet 'Sign-in' row 3 (review)");
		assertThat(cli("audit", "verify", "--warehouse", warehouse).exitCode()).isZero();
	}

	private void night(TestInbox inbox, String warehouse, String asOf) {
		CliResult run = cli("run", "--inbox", inbox.path().toString(), "--as-of", asOf, "--out",
				this.temp.resolve("out-" + asOf).toString(), "--warehouse", warehouse);
		assertThat(run.exitCode()).as(run.err()).isZero();
	}

	private static void assertRefused(CliResult result, String message) {
		assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);
		assertThat(result.err()).contains(message);
	}

}
