package org.canvassaudit.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.canvassaudit.support.WarehouseProbe;

/**
 * One entry of the malformed-input corpus and everything a night must make of it: how it
 * is placed in the baseline inbox, the exit code, the run-summary line of every file it
 * adds or changes, the exact rejects, and any further checks on the outputs and the
 * warehouse.
 */
final class CorpusEntry {

	private final String name;

	private final Setup setup;

	private String path;

	private int exitCode;

	private final Map<String, Expected> files = new LinkedHashMap<>();

	private final List<List<String>> rejects = new ArrayList<>();

	private final List<Check> checks = new ArrayList<>();

	private CorpusEntry(String name, String path, Setup setup) {
		this.name = name;
		this.path = path;
		this.setup = setup;
	}

	/**
	 * @param corpusFile a file under {@code corpus/}, copied to the same path in the
	 * inbox
	 * @return the entry
	 */
	static CorpusEntry entry(String corpusFile) {
		return entry(corpusFile, corpusFile);
	}

	/**
	 * @param corpusFile a file under {@code corpus/}
	 * @param inboxPath where the inbox holds it
	 * @return the entry
	 */
	static CorpusEntry entry(String corpusFile, String inboxPath) {
		return new CorpusEntry(corpusFile + (corpusFile.equals(inboxPath) ? "" : " as " + inboxPath), inboxPath,
				(inbox, corpus) -> {
					Path target = inbox.resolve(inboxPath);
					Files.createDirectories(target.getParent());
					Files.copy(corpus.resolve(corpusFile), target, StandardCopyOption.REPLACE_EXISTING);
				});
	}

	/**
	 * @param name what the entry is
	 * @param inboxPath the path of what it adds to the inbox
	 * @param setup how it is made at test time
	 * @return the entry
	 */
	static CorpusEntry madeAtTestTime(String name, String inboxPath, Setup setup) {
		return new CorpusEntry(name, inboxPath, setup);
	}

	CorpusEntry exits(int code) {
		this.exitCode = code;
		return this;
	}

	CorpusEntry ingested(int rowsRead, int loaded, int rejected, int blank, int duplicates) {
		return file(this.path, Expected.ingested(rowsRead, loaded, rejected, blank, duplicates));
	}

	CorpusEntry quarantined(String reason) {
		return file(this.path, Expected.quarantined(reason));
	}

	CorpusEntry ignored(String reason) {
		return file(this.path, Expected.ignored(reason));
	}

	/**
	 * @param path a file of the inbox, this entry's or a baseline file it affects
	 * @param expected its line in the run summary
	 * @return this entry
	 */
	CorpusEntry file(String path, Expected expected) {
		this.files.put(path, expected);
		return this;
	}

	/**
	 * @param sheet the sheet, or empty for a CSV
	 * @param row the row as a spreadsheet shows it
	 * @param field the field
	 * @param reason the exact reason
	 * @return this entry, with one more line expected in {@code rejects-<as-of>.csv} for
	 * its own file
	 */
	CorpusEntry rejects(String sheet, int row, String field, String reason) {
		return rejectsIn(this.path, sheet, row, field, reason);
	}

	CorpusEntry rejectsIn(String file, String sheet, int row, String field, String reason) {
		this.rejects.add(List.of(file, sheet, String.valueOf(row), field, reason));
		return this;
	}

	CorpusEntry then(Check check) {
		this.checks.add(check);
		return this;
	}

	String path() {
		return this.path;
	}

	int exitCode() {
		return this.exitCode;
	}

	Map<String, Expected> files() {
		return this.files;
	}

	List<List<String>> rejects() {
		return this.rejects;
	}

	List<Check> checks() {
		return this.checks;
	}

	void placeIn(Path inbox, Path corpus) throws IOException {
		this.setup.place(inbox, corpus);
	}

	@Override
	public String toString() {
		return this.name;
	}

	/**
	 * A file's expected line in the run summary.
	 *
	 * @param status ingested, quarantined or ignored
	 * @param reason the exact reason, {@code null} when ingested
	 * @param counts rows_read, loaded, rejected, blank, duplicates
	 */
	record Expected(String status, String reason, List<Integer> counts) {

		static Expected ingested(int rowsRead, int loaded, int rejected, int blank, int duplicates) {
			return new Expected("ingested", null, List.of(rowsRead, loaded, rejected, blank, duplicates));
		}

		static Expected quarantined(String reason) {
			return new Expected("quarantined", reason, List.of(0, 0, 0, 0, 0));
		}

		static Expected ignored(String reason) {
			return new Expected("ignored", reason, List.of(0, 0, 0, 0, 0));
		}

	}

	/**
	 * Puts an entry into an inbox.
	 */
	@FunctionalInterface
	interface Setup {

		void place(Path inbox, Path corpus) throws IOException;

	}

	/**
	 * A further check on the night's outputs and warehouse.
	 */
	@FunctionalInterface
	interface Check {

		void verify(CorpusNight night, WarehouseProbe warehouse) throws Exception;

	}

}
