package org.canvassaudit.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.canvassaudit.nightly.NightlyJobRunner;
import org.canvassaudit.nightly.NightlyRun;
import org.canvassaudit.nightly.NightlySchedule;
import org.canvassaudit.ops.Folders;
import org.canvassaudit.warehouse.Warehouse;
import org.canvassaudit.warehouse.Warehouses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sun.misc.Signal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * {@code serve}: stays up and runs the nightly job on a cron schedule. The warehouse is
 * opened (and locked) only while a night runs, so other commands can use it in between.
 * SIGTERM or SIGINT lets a running night finish, then stops with exit code 0. A night
 * that fails is logged in one line and the next one is tried as scheduled.
 */
@Component
@Scope("prototype")
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = "Stay up and run the nightly job on the schedule canvass.serve.cron.")
class ServeCommand implements Callable<Integer> {

	private static final Log logger = LogFactory.getLog(ServeCommand.class);

	@Mixin
	WarehouseOption warehouse;

	@Option(names = "--inbox", paramLabel = "DIR", description = "The inbox folder (default: canvass.serve.inbox).")
	Path inbox;

	@Option(names = "--out", paramLabel = "DIR", description = "Where outputs go (default: canvass.serve.out).")
	Path out;

	private final Warehouses warehouses;

	private final NightlyJobRunner nightlyJob;

	private final ServeSettings settings;

	private final CountDownLatch stop = new CountDownLatch(1);

	ServeCommand(Warehouses warehouses, NightlyJobRunner nightlyJob, @Value("${canvass.serve.cron:}") String cron,
			@Value("${canvass.serve.zone:Europe/London}") String zone, @Value("${canvass.serve.inbox:}") String inbox,
			@Value("${canvass.serve.out:}") String out) {
		this.warehouses = warehouses;
		this.nightlyJob = nightlyJob;
		this.settings = new ServeSettings(cron, zone, inbox, out);
	}

	@Override
	public Integer call() throws InterruptedException {
		NightlySchedule schedule = NightlySchedule.parse(this.settings.cron(), this.settings.zone());
		Path inbox = Folders.readable((this.inbox != null) ? this.inbox : this.settings.inbox(),
				(this.inbox != null) ? "--inbox" : "canvass.serve.inbox");
		Path out = Folders.writable((this.out != null) ? this.out : this.settings.out(),
				(this.out != null) ? "--out" : "canvass.serve.out");
		Folders.writable(this.warehouses.location(this.warehouse.file()).getParent(), this.warehouse.setting());
		Signal.handle(new Signal("TERM"), (signal) -> this.stop.countDown());
		Signal.handle(new Signal("INT"), (signal) -> this.stop.countDown());
		while (true) {
			ZonedDateTime start = schedule.next(schedule.now());
			logger.info("serve: next night starts at " + start);
			Duration wait = Duration.between(schedule.now(), start);
			if (this.stop.await(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS)) {
				break;
			}
			night(inbox, NightlySchedule.asOf(start), out);
			if (this.stop.getCount() == 0) {
				break;
			}
		}
		logger.info("serve: stopped");
		return ExitCodes.OK;
	}

	private void night(Path inbox, LocalDate asOf, Path out) {
		try (Warehouse open = this.warehouses.open(this.warehouse.file())) {
			NightlyRun night = this.nightlyJob.run(open, inbox, asOf, out);
			logger.info("serve: night of " + asOf + " done, exit code " + night.exitCode() + ", outputs in " + out);
		}
		catch (RuntimeException ex) {
			int code = CanvassAuditCli.exitCodeOf(ex);
			logger.error("serve: night of " + asOf + " failed, exit code " + code + ": "
					+ String.valueOf(ex.getMessage()).replace('\n', ' '));
		}
	}

	/**
	 * The {@code canvass.serve.*} settings.
	 */
	private record ServeSettings(String cron, String zone, Path inbox, Path out) {

		ServeSettings(String cron, String zone, String inbox, String out) {
			this(cron, zone, inbox.isBlank() ? null : Path.of(inbox), out.isBlank() ? null : Path.of(out));
		}

	}

}
