package org.canvassaudit.ingest;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.canvassaudit.audit.Digest;

/**
 * The files of one input kind, read ahead of their transactions on a thread of their own:
 * while one file's duplicate count, seals and commit run on the warehouse's thread, the
 * next file is hashed and its rows read. At most one file is read ahead of the one being
 * loaded.
 * <p>
 * The reading-ahead thread touches no warehouse and decides nothing: each file's load is
 * opened on the warehouse's thread, and whether a file is loaded is decided there, from
 * its hash, as before. A file whose hash the warehouse held when the kind began, or that
 * an earlier file of the night has, is only hashed (an old export left in the inbox);
 * should it be loaded after all, its load reads it then.
 */
final class ReadAhead implements AutoCloseable {

	private final Iterator<InboxEntry> entries;

	private final Function<InboxEntry, FileLoad> open;

	private final Set<String> seen;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((work) -> {
		Thread reader = new Thread(work, "read-ahead");
		reader.setDaemon(true);
		return reader;
	});

	/** The file after the one handed out last, its reading ahead begun or queued. */
	private InboxFile queued;

	/**
	 * @param entries the files, in processing order
	 * @param open opens a file's load, on the warehouse's thread
	 * @param known the hashes the warehouse holds
	 */
	ReadAhead(List<InboxEntry> entries, Function<InboxEntry, FileLoad> open, Set<String> known) {
		this.entries = entries.iterator();
		this.open = open;
		this.seen = new HashSet<>(known);
		submitNext();
	}

	/**
	 * The next file, whose reading ahead has begun or is queued; the one after it is
	 * queued behind it.
	 * @return the next file, to be closed by the caller
	 * @throws NoSuchElementException after the last
	 */
	InboxFile next() {
		InboxFile next = this.queued;
		if (next == null) {
			throw new NoSuchElementException("no file after the last");
		}
		this.queued = null;
		try {
			submitNext();
		}
		catch (RuntimeException ex) {
			next.close();
			throw ex;
		}
		return next;
	}

	private void submitNext() {
		if (this.entries.hasNext()) {
			InboxEntry entry = this.entries.next();
			InboxFile file = new InboxFile(entry, this.open.apply(entry));
			this.queued = file;
			this.executor.execute(() -> readAhead(file));
		}
	}

	/** On the reading-ahead thread, in processing order. */
	private void readAhead(InboxFile file) {
		String sha256;
		try {
			sha256 = Digest.ofFile(file.entry.file());
		}
		catch (RuntimeException | Error ex) {
			file.sha256.completeExceptionally(ex);
			return;
		}
		boolean unseen = this.seen.add(sha256);
		file.sha256.complete(sha256);
		if (unseen) {
			file.load.readAhead();
		}
	}

	/**
	 * Stop reading ahead, free the file not handed out, and wait for the thread to end.
	 */
	@Override
	public void close() {
		try {
			if (this.queued != null) {
				this.queued.close();
			}
		}
		finally {
			this.executor.shutdown();
			boolean interrupted = false;
			while (!this.executor.isTerminated()) {
				try {
					this.executor.awaitTermination(1, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					interrupted = true;
				}
			}
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** A file of the night, with its load. */
	static final class InboxFile implements AutoCloseable {

		private final InboxEntry entry;

		private final FileLoad load;

		private final CompletableFuture<String> sha256 = new CompletableFuture<>();

		private InboxFile(InboxEntry entry, FileLoad load) {
			this.entry = entry;
			this.load = load;
		}

		InboxEntry entry() {
			return this.entry;
		}

		FileLoad load() {
			return this.load;
		}

		/**
		 * @return the SHA-256 of the file's bytes, once hashed
		 * @throws java.io.UncheckedIOException when it cannot be read
		 */
		String sha256() {
			try {
				return this.sha256.get();
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw (Error) ex.getCause();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while hashing " + this.entry.path(), ex);
			}
		}

		@Override
		public void close() {
			this.load.close();
		}

	}

}
