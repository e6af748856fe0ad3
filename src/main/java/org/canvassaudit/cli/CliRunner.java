package org.canvassaudit.cli;

import java.io.PrintWriter;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Hands the process's arguments to picocli at start-up and keeps the exit code for
 * {@code SpringApplication.exit}.
 */
@Component
@ConditionalOnProperty(name = "canvass.cli.enabled", havingValue = "true", matchIfMissing = true)
class CliRunner implements CommandLineRunner, ExitCodeGenerator {

	private final CanvassAuditCli cli;

	private int exitCode;

	CliRunner(CanvassAuditCli cli) {
		this.cli = cli;
	}

	@Override
	public void run(String... args) {
		this.exitCode = this.cli.execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
