package org.canvassaudit.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on {@code <warehouse>.lock}. The operating system releases it when
 * the process dies, so a killed run never blocks the next one.
 */
final class WarehouseLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private WarehouseLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static WarehouseLock acquire(Path warehouse) {
		Path lockFile = Path.of(warehouse + ".lock");
		FileChannel channel = null;
		try {
			channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				channel.close();
				throw new WarehouseBusyException(warehouse);
			}
			return new WarehouseLock(channel, lock);
		}
		catch (OverlappingFileLockException ex) {
			closeQuietly(channel);
			throw new WarehouseBusyException(warehouse);
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new UncheckedIOException("cannot lock " + lockFile, ex);
		}
	}

	@Override
	public void close() {
		try {
			this.lock.release();
			this.channel.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ignored) {
				// the lock attempt already failed; that failure is the one to report
			}
		}
	}

}
