package org.canvassaudit.nightly;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.canvassaudit.CanvassAuditApplication;
import org.canvassaudit.ingest.Pseudonymiser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application run as an operator's server runs it: a JVM of its own, on the test's
 * class path, which the test can watch line by line on stderr and kill with SIGKILL at
 * any point. Nothing is shared with the test's JVM but files.
 */
final class ApplicationProcess {

	/** What {@link Process#exitValue()} reports for a process ended by SIGKILL. */
	static final int KILLED = 128 + 9;

	private static final Duration LIMIT = Duration.ofMinutes(3);

	private final String commandLine;

	private final Process process;

	private final Stream err;

	private final Stream out;

	private ApplicationProcess(String commandLine, Process process) {
		this.commandLine = commandLine;
		this.process = process;
		this.err = new Stream(process.getErrorStream(), "stderr of pid " + process.pid());
		this.out = new Stream(process.getInputStream(), "stdout of pid " + process.pid());
	}

	/**
	 * Start {@code canvass-audit} with a fixed pseudonymisation key, so that two
	 * warehouses fed the same inbox are comparable.
	 * @param args the command line
	 * @return the running process
	 * @throws IOException when the JVM cannot be started
	 */
	static ApplicationProcess start(String... args) throws IOException {
		return start(Map.of(), args);
	}

	/**
	 * Start {@code canvass-audit} with a fixed pseudonymisation key and more environment
	 * variables, such as settings.
	 * @param environment the variables to add
	 * @param args the command line
	 * @return the running process
	 * @throws IOException when the JVM cannot be started
	 */
	static ApplicationProcess start(Map<String, String> environment, String... args) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
						"-XX:+UseParallelGC", "-Djava.awt.headless=true", "--add-opens=java.base/java.nio=ALL-UNNAMED",
						"-cp", System.getProperty("java.class.path"), CanvassAuditApplication.class.getName()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put(Pseudonymiser.KEY_VARIABLE, "crash-safety-tests-pseudonym-key");
		builder.environment().putAll(environment);
		return new ApplicationProcess(String.join(" ", args), builder.start());
	}

	/**
	 * Start the nightly job.
	 * @param inbox the inbox
	 * @param asOf the as-of date
	 * @param out the output folder
	 * @param warehouse the warehouse file
	 * @return the running process
	 * @throws IOException when the JVM cannot be started
	 */
	static ApplicationProcess run(Path inbox, String asOf, Path out, Path warehouse) throws IOException {
		return start("run", "--inbox", inbox.toString(), "--as-of", asOf, "--out", out.toString(), "--warehouse",
				warehouse.toString());
	}

	/**
	 * Run {@code audit verify} on a warehouse in a process of its own and assert that it
	 * exits 0.
	 * @param warehouse the warehouse file
	 * @throws IOException when the JVM cannot be started
	 */
	static void assertAuditChainHolds(Path warehouse) throws IOException {
		Finished verify = start("audit", "verify", "--warehouse", warehouse.toString()).finish();
		assertThat(verify.exitCode()).as(verify.out() + verify.errText()).isZero();
	}

	long pid() {
		return this.process.pid();
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Block until stderr shows a line that matches, reading on from the last line this
	 * method returned.
	 * @param description what is awaited, for the failure message
	 * @param matching the line to wait for
	 * @return the line
	 * @throws AssertionError when the process ends or the time limit passes first
	 */
	String awaitErrLine(String description, Predicate<String> matching) {
		return this.err.await(description, matching, this);
	}

	/**
	 * Send SIGTERM, as systemd does to stop a service; {@link #finish()} waits for the
	 * process to end. Through its handle, since {@link Process#destroy()} also closes the
	 * pipes, and what the process writes afterwards would be lost.
	 */
	void terminate() {
		this.process.toHandle().destroy();
	}

	/**
	 * SIGKILL the process and wait for it to die. No shutdown hook, no finally block and
	 * no stream flush runs in it.
	 * @return every line it wrote to stderr before it died
	 * @throws AssertionError when it did not die of SIGKILL
	 */
	List<String> kill() {
		this.process.destroyForcibly();
		int code = waitFor();
		if (code != KILLED) {
			throw new AssertionError("expected pid " + pid() + " to die of SIGKILL (exit " + KILLED + "), it exited "
					+ code + "\n" + String.join("\n", this.err.lines()));
		}
		return this.err.lines();
	}

	/**
	 * @return how the process ended
	 */
	Finished finish() {
		int code = waitFor();
		return new Finished(code, String.join("\n", this.out.lines()), this.err.lines());
	}

	private int waitFor() {
		try {
			if (!this.process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
				throw new AssertionError("still running after " + LIMIT + ": " + this.commandLine + "\n"
						+ String.join("\n", this.err.lines()));
			}
			int code = this.process.exitValue();
			this.err.drain();
			this.out.drain();
			return code;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * How a process ended.
	 *
	 * @param exitCode its exit code
	 * @param out everything it wrote on stdout
	 * @param err its stderr lines
	 */
	record Finished(int exitCode, String out, List<String> err) {

		String errText() {
			return String.join("\n", this.err);
		}

	}

	/**
	 * One output stream of the process, read to its end by a thread of its own so that
	 * the process never blocks on a full pipe, and kept as lines.
	 */
	private static final class Stream {

		private final List<String> lines = new ArrayList<>();

		private final Thread reader;

		private boolean ended;

		private int awaited;

		Stream(InputStream input, String name) {
			this.reader = new Thread(() -> read(input), name);
			this.reader.setDaemon(true);
			this.reader.start();
		}

		private void read(InputStream input) {
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					add(line);
				}
			}
			catch (IOException ex) {
				// the pipe closes under the reader when the process is killed
			}
			finally {
				end();
			}
		}

		private synchronized void add(String line) {
			this.lines.add(line);
			notifyAll();
		}

		private synchronized void end() {
			this.ended = true;
			notifyAll();
		}

		synchronized List<String> lines() {
			return List.copyOf(this.lines);
		}

		synchronized String await(String description, Predicate<String> matching, ApplicationProcess process) {
			long deadline = System.nanoTime() + LIMIT.toNanos();
			while (true) {
				for (; this.awaited < this.lines.size(); this.awaited++) {
					String line = this.lines.get(this.awaited);
					if (matching.test(line)) {
						this.awaited++;
						return line;
					}
				}
				long left = deadline - System.nanoTime();
				if (this.ended || left <= 0) {
					throw new AssertionError("pid " + process.pid() + (this.ended ? " ended" : " timed out")
							+ " before stderr showed " + description + ":\n" + String.join("\n", this.lines));
				}
				try {
					TimeUnit.NANOSECONDS.timedWait(this, left);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
			}
		}

		void drain() {
			try {
				this.reader.join(LIMIT.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
