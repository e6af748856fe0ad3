package org.canvassaudit.cli;

import picocli.CommandLine.Command;

/**
 * The top-level command; each action is a subcommand.
 */
@Command(name = "canvass-audit", mixinStandardHelpOptions = true,
		description = "Decides HQ campaign-software access from canvassing evidence, with an audit trail.",
		subcommands = { RunCommand.class, ExplainCommand.class, SimulateCommand.class, ReplayCommand.class,
				GenerateInboxCommand.class, BenchmarkCommand.class, AuditCommand.class, HistoryCommand.class,
				ServeCommand.class, BackupCommand.class, AppealCommand.class, ReviewCommand.class,
				EvidencePackCommand.class })
class CanvassAuditCommand {

}
