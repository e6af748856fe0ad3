package org.canvassaudit.ingest;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
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
 * Nothing here touches the warehouse or decides anything: whether a file is loaded is
 * decided on the warehouse's thread, from its hash, as before. A file whose hash the
 * warehouse held when the kind began, or that an earlier file of the night has, is only
 * hashed (an old export left in the inbox); should it be loaded after all, its load reads
 * it then.
 */
final class ReadAhead implements AutoCloseable {

	private final Iterator<InboxEntry> entries;

	private final Function<InboxEntry, FileLoad> open;

	private final Set<String> seen;

	private final ExecutorService thread = Executors.newSingleThreadExecutor((work) -> {
		Thread reader = new Thread(work, "read-ahead");
		reader.setDaemon(true);
		return reader;
	});

	private final Queue<File> pending = new ArrayDeque<>();

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
	 * @throws java.util.NoSuchElementException after the last
	 */
	File next() {
		File next = this.pending.remove();
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
			File file = new File(entry, this.open.apply(entry));
			this.pending.add(file);
			this.thread.execute(() -> readAhead(file));
		}
	}

	/** On the reading-ahead thread, in processing order. */
	private void readAhead(File file) {
		String sha256;
		try {
			sha256 = Digest.ofFile(file.entry.file());
		}
		catch (RuntimeException ex) {
			file.sha256.completeExceptionally(ex);
			return;
		}
		boolean unseen = this.seen.add(sha256);
		file.sha256.complete(sha256);
		if (unseen) {
			file.load.readAhead();
		}
	}

	/** Stop reading ahead, and free the files not handed out. */
	@Override
	public void close() {
		this.pending.forEach(File::close);
		this.thread.shutdown();
		try {
			this.thread.awaitTermination(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** A file of the night, with its load. */
	static final class File implements AutoCloseable {

		private final InboxEntry entry;

		private final FileLoad load;

		private final CompletableFuture<String> sha256 = new CompletableFuture<>();

		private File(InboxEntry entry, FileLoad load) {
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
				throw new IllegalStateException(ex.getCause());
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
