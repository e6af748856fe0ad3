package org.canvassaudit.cli;

/**
 * A command was given something it cannot act on; the message says what. Exit code 2.
 */
public class UsageException extends RuntimeException {

	public UsageException(String message) {
		super(message);
	}

}
