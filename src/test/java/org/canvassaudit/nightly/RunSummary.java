package org.canvassaudit.nightly;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run-summary-<as-of>.json} as a test reads it back: the night's exit code and one
 * entry per file seen.
 *
 * @param asOf the night
 * @param exitCode the exit code the summary records
 * @param files every file entry, in the order written
 */
record RunSummary(String asOf, int exitCode, List<FileEntry> files) {

	/**
	 * @param out the run's output folder
	 * @param asOf the night
	 * @return the summary written there
	 * @throws IOException when it cannot be read
	 */
	static RunSummary read(Path out, String asOf) throws IOException {
		String json = Files.readString(out.resolve("run-summary-" + asOf + ".json"), StandardCharsets.UTF_8);
		List<Map<String, Object>> files = JsonPath.read(json, "$.files");
		return new RunSummary(JsonPath.read(json, "$.as_of"), JsonPath.<Integer>read(json, "$.exit_code"),
				files.stream().map(FileEntry::of).toList());
	}

	/**
	 * Assert that the summary lists files and that each one's rows reconcile: rows_read =
	 * loaded + rejected + blank + duplicates.
	 */
	void assertEveryRowAccountedFor() {
		assertThat(this.files).isNotEmpty();
		for (FileEntry file : this.files) {
			assertThat(file.rowsRead()).as("rows_read of %s", file.path())
				.isEqualTo(file.loaded() + file.rejected() + file.blank() + file.duplicates());
		}
	}

	List<String> paths() {
		return this.files.stream().map(FileEntry::path).toList();
	}

	/**
	 * @param path a path relative to the inbox
	 * @return its entry
	 * @throws AssertionError when the summary does not list it exactly once
	 */
	FileEntry file(String path) {
		List<FileEntry> found = this.files.stream().filter((file) -> file.path().equals(path)).toList();
		if (found.size() != 1) {
			throw new AssertionError("expected one entry for " + path + " in " + paths() + ", found " + found.size());
		}
		return found.get(0);
	}

	/**
	 * One file's line.
	 *
	 * @param path relative to the inbox
	 * @param sha256 the SHA-256 of its bytes
	 * @param status ingested, skipped, quarantined or ignored
	 * @param reason why it was quarantined or ignored
	 * @param rowsRead rows read
	 * @param loaded rows loaded
	 * @param rejected rows rejected
	 * @param blank blank rows
	 * @param duplicates duplicate rows
	 */
	record FileEntry(String path, String sha256, String status, String reason, int rowsRead, int loaded, int rejected,
			int blank, int duplicates) {

		static FileEntry of(Map<String, Object> json) {
			return new FileEntry((String) json.get("path"), (String) json.get("sha256"), (String) json.get("status"),
					(String) json.get("reason"), count(json, "rows_read"), count(json, "loaded"),
					count(json, "rejected"), count(json, "blank"), count(json, "duplicates"));
		}

		private static int count(Map<String, Object> json, String key) {
			Object value = json.get(key);
			if (!(value instanceof Integer number)) {
				throw new AssertionError(key + " of " + json.get("path") + " is not an integer: " + value);
			}
			return number;
		}

		/**
		 * @return rows_read, loaded, rejected, blank, duplicates
		 */
		List<Integer> counts() {
			return List.of(this.rowsRead, this.loaded, this.rejected, this.blank, this.duplicates);
		}

	}

}
