package org.canvassaudit.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import org.apache.arrow.c.ArrowArrayStream;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A bulk load of one file's rows into a warehouse table, in the warehouse's transaction.
 * <p>
 * A reading thread parses the file and fills Arrow batches with the rows to load; the
 * caller's thread runs {@code INSERT INTO table SELECT … FROM} a stream of those batches,
 * which DuckDB scans, converts and compresses on every thread it has while the next
 * batches are being read. (The Appender would convert and compress on the appending
 * thread alone: see docs/performance.md.) The reading may begin before the
 * {@code INSERT}, on a thread of the caller's ({@link #read}), up to
 * {@value #BATCHES_AHEAD} batches ahead; otherwise the {@code INSERT} starts a thread for
 * it.
 * <p>
 * Besides rows, the reading thread hands over <em>notes</em> (what the caller records
 * beside the rows: rejects, blank rows), delivered in order on the caller's thread, which
 * owns the warehouse connection. They are delivered between statements: an {@code INSERT}
 * ends after {@value #MAX_NOTES} notes and the next one goes on, so memory stays bounded
 * however many rows a file rejects.
 * <p>
 * The batches hold only what the table will hold. Nothing reaches the table before the
 * warehouse's transaction commits.
 *
 * @param <N> what the caller notes beside the rows
 */
public final class BulkLoad<N> implements AutoCloseable {

	/** Rows per Arrow batch. */
	static final int BATCH_ROWS = 16_384;

	/**
	 * Batches read ahead of the {@code INSERT}: enough for a daily export of the national
	 * campaign to be mostly read while the file before it commits (docs/performance.md).
	 */
	static final int BATCHES_AHEAD = 16;

	/** Notes held before they are delivered. */
	static final int MAX_NOTES = 65_536;

	/**
	 * Files smaller than this load on one of DuckDB's threads. Each thread fills row
	 * groups of its own (122,880 rows), and one left with a partial row group writes it
	 * through the write-ahead log at commit: for a daily export of a row group or two,
	 * two threads made the commit three times as long as the load saved
	 * (docs/performance.md). From about a million rows of a contact export on, every
	 * thread fills several.
	 */
	static final long PARALLEL_BYTES = 64L << 20;

	/** Seconds {@link #close} waits for DuckDB to let go of the batches it scanned. */
	private static final int RELEASE_SECONDS = 10;

	private static final String VIEW = "canvass_bulk_rows";

	private static final Object END = new Object();

	private static BufferAllocator root;

	private final Warehouse warehouse;

	private final String table;

	private final Schema schema;

	private final Reading<N> reading;

	private final BufferAllocator allocator;

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);

	private final AtomicReference<State> state = new AtomicReference<>(State.NEW);

	private final CountDownLatch readingDone = new CountDownLatch(1);

	private BulkLoad(Warehouse warehouse, String table, Schema schema, Reading<N> reading) {
		this.warehouse = warehouse;
		this.table = table;
		this.schema = schema;
		this.reading = reading;
		this.allocator = root().newChildAllocator(table, 0, Long.MAX_VALUE);
	}

	/**
	 * A load of the rows a reading will write; nothing is read yet.
	 * @param <N> what the caller notes beside the rows
	 * @param warehouse the warehouse
	 * @param table a table whose first column is {@code file_seq}
	 * @param reading what reads: it writes rows and notes to the sink it is given, and
	 * must not touch the warehouse
	 * @return the load
	 */
	public static <N> BulkLoad<N> of(Warehouse warehouse, String table, Reading<N> reading) {
		List<Field> fields = warehouse.jdbc()
			.query("SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = current_database()"
					+ " AND schema_name = 'main' AND table_name = ? AND column_index > 1 ORDER BY column_index",
					(row, n) -> Field.nullable(row.getString(1), arrowType(row.getString(2))), table);
		if (fields.isEmpty()) {
			throw new IllegalStateException("no table " + table + " to load");
		}
		return new BulkLoad<>(warehouse, table, new Schema(fields), reading);
	}

	/**
	 * Read now, on this thread (which must not be the warehouse's), ahead of
	 * {@link #insert}; it returns once everything is read, or the load was closed.
	 * Nothing happens if the reading already began elsewhere.
	 */
	public void read() {
		if (this.state.compareAndSet(State.NEW, State.READING)) {
			readHere();
		}
	}

	/**
	 * Load every row the reading writes, in the warehouse's transaction, and give the
	 * caller each note in order. Unless {@link #read} began it already, the reading runs
	 * on a thread of its own.
	 * @param fileSeq the file whose rows are loaded
	 * @param fileBytes the size of the file
	 * @param notes what records a note, on the caller's thread
	 * @return the rows loaded
	 * @throws IOException when reading failed
	 */
	public int insert(int fileSeq, long fileBytes, Consumer<N> notes) throws IOException {
		if (this.state.compareAndSet(State.NEW, State.READING)) {
			Thread thread = new Thread(this::readHere, "bulk-load-reader");
			thread.setDaemon(true);
			thread.start();
		}
		else if (this.state.get() == State.CLOSED) {
			throw new IllegalStateException("the load into " + this.table + " is closed");
		}
		int threads = (fileBytes < PARALLEL_BYTES) ? 1 : Integer.MAX_VALUE;
		int loaded = 0;
		BatchStream stream;
		do {
			stream = new BatchStream();
			loaded += insert(stream, fileSeq, threads);
			stream.notes.forEach(notes);
		}
		while (!stream.ended);
		return loaded;
	}

	private int insert(BatchStream stream, int fileSeq, int threads) throws IOException {
		try (ArrowArrayStream exported = ArrowArrayStream.allocateNew(this.allocator)) {
			Data.exportArrayStream(this.allocator, stream, exported);
			this.warehouse.connection().registerArrowStream(VIEW, exported);
			int rows;
			try {
				rows = this.warehouse.withThreads(threads, () -> this.warehouse.jdbc()
					.update("INSERT INTO " + this.table + " SELECT ?, * FROM " + VIEW, fileSeq));
			}
			catch (Exception ex) {
				// A failed reading fails the statement: what comes out is the reading's
				// own.
				Throwable cause = (stream.failure != null) ? stream.failure : ex;
				if (cause instanceof IOException io) {
					throw io;
				}
				if (cause instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException(cause.getMessage(), cause);
			}
			// The view would outlive the stream it reads; after a failure, the rollback
			// drops it.
			this.warehouse.jdbc().execute("DROP VIEW " + VIEW);
			return rows;
		}
	}

	/** Stop the reading, wherever it runs, and free what it read ahead. */
	@Override
	public void close() {
		State was = this.state.getAndSet(State.CLOSED);
		if (was == State.CLOSED) {
			return;
		}
		// Wait for the reading, interrupted or not: the allocator must outlive its
		// batches.
		boolean interrupted = false;
		try {
			while (was == State.READING && this.readingDone.getCount() > 0) {
				drain();
				try {
					this.readingDone.await(10, TimeUnit.MILLISECONDS);
				}
				catch (InterruptedException ex) {
					interrupted = true;
				}
			}
			drain();
			awaitReleased();
		}
		finally {
			this.allocator.close();
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * Wait for DuckDB to let go of the batches it scanned. Each of its threads lets go of
	 * the last one it held as it finishes its task, which may be just after the
	 * {@code INSERT} returned. A batch still held after {@value #RELEASE_SECONDS} seconds
	 * is a leak, which closing the allocator reports.
	 */
	private void awaitReleased() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RELEASE_SECONDS);
		while (this.allocator.getAllocatedMemory() > 0 && System.nanoTime() - deadline < 0) {
			LockSupport.parkNanos(100_000);
		}
	}

	/** Where the load's batches are allocated, as its tests see it. */
	BufferAllocator allocator() {
		return this.allocator;
	}

	private void drain() {
		for (Object item = this.queue.poll(); item != null; item = this.queue.poll()) {
			free(item);
		}
	}

	private void readHere() {
		try (Writer writer = new Writer()) {
			this.reading.run(writer);
			writer.flush();
			put(END);
		}
		catch (Cancelled ex) {
			// the caller stopped loading; nothing is waiting for more
		}
		catch (Throwable ex) {
			try {
				put(new Failure(ex));
			}
			catch (Cancelled cancelled) {
				// the caller stopped loading; nothing is waiting for the failure
			}
		}
		finally {
			this.readingDone.countDown();
		}
	}

	private void put(Object item) {
		try {
			do {
				if (this.state.get() == State.CLOSED) {
					free(item);
					throw new Cancelled();
				}
			}
			while (!this.queue.offer(item, 100, TimeUnit.MILLISECONDS));
		}
		catch (InterruptedException ex) {
			free(item);
			throw new Cancelled();
		}
	}

	private static void free(Object item) {
		if (item instanceof Batch<?> batch) {
			batch.rows().close();
		}
	}

	private static synchronized BufferAllocator root() {
		if (root == null) {
			try {
				root = new RootAllocator();
			}
			catch (RuntimeException | LinkageError ex) {
				throw new IllegalStateException("Arrow cannot use the JVM's memory: start Java with"
						+ " --add-opens=java.base/java.nio=ALL-UNNAMED (java -jar reads it from the jar's manifest)",
						ex);
			}
		}
		return root;
	}

	private static ArrowType arrowType(String duckdbType) {
		return switch (duckdbType) {
			case "VARCHAR" -> ArrowType.Utf8.INSTANCE;
			case "INTEGER" -> new ArrowType.Int(32, true);
			case "BIGINT" -> new ArrowType.Int(64, true);
			case "BOOLEAN" -> ArrowType.Bool.INSTANCE;
			case "DATE" -> new ArrowType.Date(DateUnit.DAY);
			case "TIMESTAMP" -> new ArrowType.Timestamp(org.apache.arrow.vector.types.TimeUnit.MICROSECOND, null);
			default -> throw new IllegalStateException("cannot bulk load a " + duckdbType + " column");
		};
	}

	/**
	 * Where the reading thread writes: rows to load and notes for the caller.
	 *
	 * @param <N> what the caller notes beside the rows
	 */
	public interface Sink<N> {

		/**
		 * Write a row to load.
		 * @param rowNo the row's number in its file, the table's second column
		 * @param values the values of the table's other columns, in order: text,
		 * integers, longs, booleans, dates, UTC timestamps ({@link LocalDateTime}) or
		 * {@code null}
		 */
		void row(int rowNo, Object[] values);

		/**
		 * @param note what the caller records beside the rows, in order with them
		 */
		void note(N note);

	}

	/**
	 * Reads a file, writing every row and note to the sink in order.
	 *
	 * @param <N> what the caller notes beside the rows
	 */
	@FunctionalInterface
	public interface Reading<N> {

		void run(Sink<N> sink) throws IOException;

	}

	/** Fills batches on the reading thread and hands each over when full. */
	private final class Writer implements Sink<N>, AutoCloseable {

		private VectorSchemaRoot root;

		private FieldVector[] vectors;

		private List<N> notes = new ArrayList<>();

		private int rows;

		private byte[] text = new byte[256];

		Writer() {
			open();
		}

		@Override
		public void row(int rowNo, Object[] values) {
			if (values.length != this.vectors.length - 1) {
				throw new IllegalArgumentException(
						values.length + " values for the " + (this.vectors.length - 1) + " columns after row_no");
			}
			((IntVector) this.vectors[0]).setSafe(this.rows, rowNo);
			for (int i = 0; i < values.length; i++) {
				set(this.vectors[i + 1], values[i]);
			}
			if (++this.rows == BATCH_ROWS) {
				flush();
			}
		}

		@Override
		public void note(N note) {
			this.notes.add(note);
			if (this.notes.size() == BATCH_ROWS) {
				flush();
			}
		}

		void flush() {
			if (this.rows == 0 && this.notes.isEmpty()) {
				return;
			}
			this.root.setRowCount(this.rows);
			Batch<N> batch = new Batch<>(new VectorUnloader(this.root).getRecordBatch(), this.notes);
			this.root.close();
			this.root = null;
			put(batch);
			open();
		}

		@Override
		public void close() {
			if (this.root != null) {
				this.root.close();
			}
		}

		private void open() {
			this.root = VectorSchemaRoot.create(BulkLoad.this.schema, BulkLoad.this.allocator);
			this.vectors = this.root.getFieldVectors().toArray(FieldVector[]::new);
			for (FieldVector vector : this.vectors) {
				vector.setInitialCapacity(BATCH_ROWS);
			}
			this.root.allocateNew();
			this.notes = new ArrayList<>();
			this.rows = 0;
		}

		private void set(FieldVector vector, Object value) {
			int row = this.rows;
			if (value == null) {
				vector.setNull(row);
			}
			else if (vector instanceof VarCharVector text) {
				utf8(text, row, (String) value);
			}
			else if (vector instanceof IntVector number) {
				number.setSafe(row, (Integer) value);
			}
			else if (vector instanceof BigIntVector number) {
				number.setSafe(row, (Long) value);
			}
			else if (vector instanceof BitVector flag) {
				flag.setSafe(row, ((Boolean) value) ? 1 : 0);
			}
			else if (vector instanceof DateDayVector day) {
				day.setSafe(row, (int) ((LocalDate) value).toEpochDay());
			}
			else if (vector instanceof TimeStampMicroVector stamp) {
				LocalDateTime utc = (LocalDateTime) value;
				stamp.setSafe(row, Math.addExact(Math.multiplyExact(utc.toEpochSecond(ZoneOffset.UTC), 1_000_000L),
						utc.getNano() / 1_000));
			}
			else {
				throw new IllegalStateException("cannot load into a " + vector.getClass().getSimpleName());
			}
		}

		/** UTF-8 without a copy for the usual all-ASCII text. */
		private void utf8(VarCharVector vector, int row, String value) {
			int length = value.length();
			if (length > this.text.length) {
				this.text = new byte[Math.max(length, 2 * this.text.length)];
			}
			for (int i = 0; i < length; i++) {
				char c = value.charAt(i);
				if (c >= 0x80) {
					byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
					vector.setSafe(row, bytes, 0, bytes.length);
					return;
				}
				this.text[i] = (byte) c;
			}
			vector.setSafe(row, this.text, 0, length);
		}

	}

	/**
	 * The stream one {@code INSERT} reads, on DuckDB's threads (one at a time): batches
	 * from the reading thread until it ends, fails, or {@value #MAX_NOTES} notes wait.
	 */
	private final class BatchStream extends ArrowReader {

		private final List<N> notes = new ArrayList<>();

		private volatile boolean ended;

		private volatile Throwable failure;

		BatchStream() {
			super(BulkLoad.this.allocator);
		}

		@Override
		@SuppressWarnings("unchecked")
		public boolean loadNextBatch() throws IOException {
			while (!this.ended && this.notes.size() < MAX_NOTES) {
				Object item = take();
				if (item == END) {
					this.ended = true;
				}
				else if (item instanceof Failure failed) {
					this.ended = true;
					this.failure = failed.cause();
					throw new IOException("reading failed: " + failed.cause().getMessage(), failed.cause());
				}
				else {
					Batch<N> batch = (Batch<N>) item;
					this.notes.addAll(batch.notes());
					try (ArrowRecordBatch rows = batch.rows()) {
						if (rows.getLength() > 0) {
							loadRecordBatch(rows);
							return true;
						}
					}
				}
			}
			return false;
		}

		private Object take() throws IOException {
			try {
				return BulkLoad.this.queue.take();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted while loading", ex);
			}
		}

		@Override
		public long bytesRead() {
			return 0;
		}

		@Override
		protected void closeReadSource() {
			// the batches are closed as they are loaded
		}

		@Override
		protected Schema readSchema() {
			return BulkLoad.this.schema;
		}

	}

	private record Batch<N>(ArrowRecordBatch rows, List<N> notes) {
	}

	/** Where the reading is: not begun, begun (or done), or stopped by {@link #close}. */
	private enum State {

		NEW, READING, CLOSED

	}

	private record Failure(Throwable cause) {
	}

	/** The caller stopped loading before everything was read. */
	private static final class Cancelled extends RuntimeException {

		Cancelled() {
			super(null, null, false, false);
		}

	}

}
