package org.canvassaudit.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.canvassaudit.support.OutputCsv;

/**
 * What one corpus night left behind, read back without the application: the run summary
 * and the output CSVs.
 *
 * @param out the output folder
 * @param asOf the night
 * @param exitCode the exit code the run summary records
 * @param files the run summary's file entries, in the order written
 */
record CorpusNight(Path out, String asOf, int exitCode, List<SummaryFile> files) {

	static CorpusNight read(Path out, String asOf) throws IOException {
		String json = Files.readString(out.resolve("run-summary-" + asOf + ".json"), StandardCharsets.UTF_8);
		List<Map<String, Object>> files = JsonPath.read(json, "$.files");
		return new CorpusNight(out, JsonPath.read(json, "$.as_of"), JsonPath.<Integer>read(json, "$.exit_code"),
				files.stream().map(SummaryFile::of).toList());
	}

	List<String> paths() {
		return this.files.stream().map(SummaryFile::path).toList();
	}

	/**
	 * @param name an output file name, such as {@code rejects-<as-of>.csv}
	 * @return its records, header included
	 * @throws IOException when it cannot be read
	 */
	List<List<String>> csv(String name) throws IOException {
		return OutputCsv.read(this.out.resolve(name));
	}

	/**
	 * One file's entry in the run summary.
	 *
	 * @param path relative to the inbox
	 * @param sha256 the SHA-256 of its bytes, {@code null} when ignored
	 * @param status ingested, skipped, quarantined or ignored
	 * @param reason why it was quarantined or ignored
	 * @param counts rows_read, loaded, rejected, blank, duplicates
	 */
	record SummaryFile(String path, String sha256, String status, String reason, List<Integer> counts) {

		static SummaryFile of(Map<String, Object> json) {
			List<Integer> counts = new ArrayList<>();
			for (String key : List.of("rows_read", "loaded", "rejected", "blank", "duplicates")) {
				if (!(json.get(key) instanceof Integer count)) {
					throw new AssertionError(key + " of " + json.get("path") + " is not an integer");
				}
				counts.add(count);
			}
			return new SummaryFile((String) json.get("path"), (String) json.get("sha256"), (String) json.get("status"),
					(String) json.get("reason"), List.copyOf(counts));
		}

	}

}
