package org.canvassaudit.ops;

/**
 * A setting is missing, unreadable or malformed; the message names it. Exit code 2.
 */
public class ConfigurationException extends RuntimeException {

	public ConfigurationException(String message) {
		super(message);
	}

	public ConfigurationException(String message, Throwable cause) {
		super(message, cause);
	}

}
