package org.canvassaudit.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.canvassaudit.ops.ConfigurationException;
import org.canvassaudit.warehouse.WarehouseBusyException;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Runs one command line with picocli, its commands created by Spring, and maps failures
 * to the spec's exit codes with a one-line message a tired operator can act on.
 */
@Component
public class CanvassAuditCli {

	private final IFactory factory;

	public CanvassAuditCli(ApplicationContext context) {
		IFactory fallback = CommandLine.defaultFactory();
		this.factory = new IFactory() {

			@Override
			public <K> K create(Class<K> type) throws Exception {
				return context.getBeanProvider(type).getIfAvailable(() -> {
					try {
						return fallback.create(type);
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				});
			}

		};
	}

	/**
	 * @param out where the command writes its output
	 * @param err where errors go
	 * @param args the arguments
	 * @return the exit code
	 */
	public int execute(PrintWriter out, PrintWriter err, String... args) {
		CommandLine commandLine = new CommandLine(CanvassAuditCommand.class, this.factory);
		commandLine.registerConverter(LocalDate.class, CanvassAuditCli::date);
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler((ex, line, parseResult) -> {
			int code = exitCodeOf(ex);
			line.getErr().println(message(ex, code));
			line.getErr().flush();
			return code;
		});
		int code = commandLine.execute(args);
		out.flush();
		err.flush();
		return code;
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new CommandLine.TypeConversionException("'" + text + "' is not a date: expected YYYY-MM-DD");
		}
	}

	static int exitCodeOf(Throwable ex) {
		if (ex instanceof ConfigurationException || ex instanceof UsageException
				|| ex instanceof IllegalArgumentException) {
			return ExitCodes.USAGE;
		}
		if (ex instanceof WarehouseBusyException) {
			return ExitCodes.WAREHOUSE_BUSY;
		}
		return ExitCodes.FAILED;
	}

	private static String message(Throwable ex, int code) {
		String prefix = switch (code) {
			case ExitCodes.USAGE -> "error: ";
			case ExitCodes.WAREHOUSE_BUSY -> "";
			default -> "failed: ";
		};
		String text = (ex.getMessage() != null) ? ex.getMessage() : ex.toString();
		return prefix + text.replace('\n', ' ');
	}

}
