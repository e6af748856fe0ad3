package org.canvassaudit.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads and validates rows on one thread while the caller appends them on its own: the
 * two halves of a bulk load each take about as long, and the machine has two cores.
 * Batches keep the hand-over cheap; a short queue keeps memory bounded however large the
 * file.
 *
 * @param <T> what a row becomes
 */
final class RowPipeline<T> implements AutoCloseable {

	private static final int BATCH = 4096;

	private static final Object END = new Object();

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4);

	private final Thread thread;

	private volatile boolean cancelled;

	private RowPipeline(Producer<T> producer) {
		this.thread = new Thread(() -> produce(producer), "row-reader");
		this.thread.setDaemon(true);
	}

	/**
	 * @param <T> what a row becomes
	 * @param producer what reads the rows, handing each to the sink
	 * @return the running pipeline
	 */
	static <T> RowPipeline<T> start(Producer<T> producer) {
		RowPipeline<T> pipeline = new RowPipeline<>(producer);
		pipeline.thread.start();
		return pipeline;
	}

	/**
	 * @return the next batch, or {@code null} once every row has been handed over
	 * @throws IOException when reading failed
	 */
	@SuppressWarnings("unchecked")
	List<T> next() throws IOException {
		Object next;
		try {
			next = this.queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while loading", ex);
		}
		if (next == END) {
			return null;
		}
		if (next instanceof Failure failure) {
			if (failure.cause() instanceof IOException io) {
				throw io;
			}
			if (failure.cause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(failure.cause());
		}
		return (List<T>) next;
	}

	private void produce(Producer<T> producer) {
		try {
			List<T> batch = new ArrayList<>(BATCH);
			producer.run((item) -> {
				batch.add(item);
				if (batch.size() == BATCH) {
					put(List.copyOf(batch));
					batch.clear();
				}
			});
			put(List.copyOf(batch));
			put(END);
		}
		catch (Cancelled ex) {
			// the caller stopped reading; nothing is waiting for more
		}
		catch (Throwable ex) {
			try {
				put(new Failure(ex));
			}
			catch (Cancelled cancelled) {
				// the caller stopped reading; nothing is waiting for the failure
			}
		}
	}

	private void put(Object item) {
		try {
			while (!this.queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
				if (this.cancelled) {
					throw new Cancelled();
				}
			}
		}
		catch (InterruptedException ex) {
			throw new Cancelled();
		}
	}

	@Override
	public void close() {
		this.cancelled = true;
		this.queue.clear();
		try {
			this.thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Reads every row, handing each to the sink in order.
	 *
	 * @param <T> what a row becomes
	 */
	@FunctionalInterface
	interface Producer<T> {

		void run(Consumer<T> sink) throws IOException;

	}

	private record Failure(Throwable cause) {
	}

	/** The caller closed the pipeline before reading everything. */
	private static final class Cancelled extends RuntimeException {

		Cancelled() {
			super(null, null, false, false);
		}

	}

}
