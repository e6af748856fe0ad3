package org.canvassaudit.support;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.canvassaudit.cli.CanvassAuditCli;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Runs command lines in-process against the real application context, real warehouse
 * files and real outputs, the way {@code java -jar canvass-audit.jar ...} would.
 */
@SpringBootTest(properties = "canvass.cli.enabled=false")
public abstract class CliTestSupport {

	@Autowired
	private CanvassAuditCli cli;

	/**
	 * @param args the command line
	 * @return its exit code and output
	 */
	protected CliResult cli(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = this.cli.execute(new PrintWriter(out), new PrintWriter(err), args);
		return new CliResult(code, out.toString(), err.toString());
	}

}
