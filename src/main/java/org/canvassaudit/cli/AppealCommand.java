package org.canvassaudit.cli;

import picocli.CommandLine.Command;

import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * {@code appeal lodge|decide|list}: candidates contest decisions, reviewers settle them.
 */
@Component
@Scope("prototype")
@Command(name = "appeal", mixinStandardHelpOptions = true, description = "Lodge, decide and list appeals.",
		subcommands = { AppealLodgeCommand.class, AppealDecideCommand.class, AppealListCommand.class })
class AppealCommand {

}
