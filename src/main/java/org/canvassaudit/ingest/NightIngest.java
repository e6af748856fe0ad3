package org.canvassaudit.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.canvassaudit.audit.AuditEvent;
import org.canvassaudit.audit.AuditTrail;
import org.canvassaudit.audit.Payload;
import org.canvassaudit.audit.Seal;
import org.canvassaudit.audit.Seals;
import org.canvassaudit.warehouse.Warehouse;

/**
 * One night's ingest. Each file is identified by its SHA-256 and loads in its own
 * transaction, with its ledger entry and audit events, so a crash leaves either the whole
 * file or nothing of it. A night that is resumed after a crash reports the files its
 * first attempt loaded as ingested, exactly as an uninterrupted night would.
 * <p>
 * The next file is read ahead while one commits ({@link ReadAhead}); reading touches no
 * warehouse state, so each file still lands whole or not at all.
 */
public final class NightIngest {

	private final Inbox inbox;

	private final IngestContext context;

	private final Map<InputKind, InputLoader> loaders;

	private final SourceFiles sourceFiles;

	private final AuditTrail audit;

	NightIngest(Inbox inbox, IngestContext context, Map<InputKind, InputLoader> loaders) {
		this.inbox = inbox;
		this.context = context;
		this.loaders = loaders;
		this.sourceFiles = new SourceFiles(context.warehouse());
		this.audit = new AuditTrail(context.warehouse());
	}

	/**
	 * @param kind an input kind
	 * @return what was done with each file of that kind, in processing order
	 */
	public List<FileOutcome> ingest(InputKind kind) {
		List<InboxEntry> entries = this.inbox.entries().stream().filter((entry) -> entry.kind() == kind).toList();
		InputLoader loader = this.loaders.get(kind);
		List<FileOutcome> outcomes = new ArrayList<>();
		try (ReadAhead files = new ReadAhead(entries, (entry) -> loader.open(entry, this.context),
				this.sourceFiles.hashes())) {
			for (int i = 0; i < entries.size(); i++) {
				long start = System.nanoTime();
				FileOutcome outcome;
				try (ReadAhead.InboxFile file = files.next()) {
					outcome = ingest(file);
				}
				Progress.fileDone(outcome, System.nanoTime() - start);
				outcomes.add(outcome);
			}
		}
		return outcomes;
	}

	/**
	 * @return the entries seen and not read
	 */
	public List<FileOutcome> ignored() {
		return this.inbox.entries().stream().filter(InboxEntry::ignored).map(FileOutcome::ignored).toList();
	}

	private FileOutcome ingest(ReadAhead.InboxFile file) {
		InboxEntry entry = file.entry();
		String sha256;
		try {
			sha256 = file.sha256();
		}
		catch (java.io.UncheckedIOException ex) {
			return quarantined(entry, null, "cannot read the file: " + ex.getCause().getMessage());
		}
		SourceFiles.Known known = this.sourceFiles.find(sha256);
		if (known != null) {
			return again(entry, sha256, known);
		}
		int fileSeq = this.sourceFiles.nextSeq();
		Warehouse warehouse = this.context.warehouse();
		try {
			RowCounts counts = warehouse.inTransaction(() -> load(entry, fileSeq, sha256, file.load()));
			if (entry.kind() == InputKind.SEATS) {
				this.context.seatsChanged();
			}
			return new FileOutcome(entry.path(), sha256, FileStatus.INGESTED, null, counts, entry.file());
		}
		catch (Quarantined ex) {
			String reason = ex.getCause().getMessage();
			warehouse.inTransaction(() -> {
				this.sourceFiles.insert(fileSeq, sha256, entry, this.context.runId(), FileStatus.QUARANTINED, reason,
						RowCounts.NONE);
				this.audit.record(this.context.runId(), event("quarantine", entry, sha256, reason));
				return null;
			});
			return quarantined(entry, sha256, reason);
		}
	}

	private RowCounts load(InboxEntry entry, int fileSeq, String sha256, FileLoad load) throws IOException {
		try (Rejects rejects = new Rejects(this.context.warehouse(), fileSeq)) {
			LoadTarget target = new LoadTarget(entry, fileSeq, sha256, rejects, this.context);
			RowCounts counts;
			try {
				counts = load.load(target);
			}
			catch (QuarantineException ex) {
				throw new Quarantined(ex);
			}
			catch (IOException ex) {
				throw new Quarantined(new QuarantineException("cannot read the file: " + ex.getMessage(), ex));
			}
			this.sourceFiles.insert(fileSeq, sha256, entry, this.context.runId(), FileStatus.INGESTED, null, counts);
			rejects.flush();
			List<AuditEvent> events = new ArrayList<>();
			for (Seal seal : List.of(Seals.INGEST, Seals.REJECTS)) {
				for (Seal.Sealed sealed : seal.payloads(this.context.warehouse(), "file_seq = ?", fileSeq)) {
					events.add(new AuditEvent(seal.eventType(), entry.path(), sealed.payload()));
				}
			}
			this.audit.record(this.context.runId(), events);
			return counts;
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	private FileOutcome again(InboxEntry entry, String sha256, SourceFiles.Known known) {
		boolean sameNight = known.runId() == this.context.runId() && known.path().equals(entry.path());
		if (known.status() == FileStatus.QUARANTINED) {
			if (!sameNight) {
				recordOutsideFile(event("quarantine", entry, sha256, known.reason()));
			}
			return quarantined(entry, sha256, known.reason());
		}
		if (sameNight) {
			return new FileOutcome(entry.path(), sha256, FileStatus.INGESTED, null, known.counts(), entry.file());
		}
		recordOutsideFile(new AuditEvent("skip", entry.path(),
				Payload.of("sha256", sha256, "first_path", known.path(), "first_run", known.runId())));
		return new FileOutcome(entry.path(), sha256, FileStatus.SKIPPED, null, RowCounts.NONE, entry.file());
	}

	private void recordOutsideFile(AuditEvent event) {
		this.context.warehouse().inTransaction(() -> {
			this.audit.record(this.context.runId(), event);
			return null;
		});
	}

	private static FileOutcome quarantined(InboxEntry entry, String sha256, String reason) {
		return new FileOutcome(entry.path(), sha256, FileStatus.QUARANTINED, reason, RowCounts.NONE, entry.file());
	}

	private static AuditEvent event(String type, InboxEntry entry, String sha256, String reason) {
		return new AuditEvent(type, entry.path(), Payload.of("sha256", sha256, "reason", reason));
	}

	/**
	 * Carries a quarantine out of the file's transaction, which it rolls back.
	 */
	private static final class Quarantined extends RuntimeException {

		Quarantined(QuarantineException cause) {
			super(cause.getMessage(), cause, false, false);
		}

	}

}
