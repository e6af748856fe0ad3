package org.canvassaudit.support;

/**
 * What one command line did.
 *
 * @param exitCode its exit code
 * @param out what it printed on its output
 * @param err what it printed on its error stream
 */
public record CliResult(int exitCode, String out, String err) {

	/**
	 * @return the last non-empty line of the output
	 */
	public String lastLine() {
		String[] lines = this.out.strip().split("\n");
		return lines[lines.length - 1].strip();
	}

}
