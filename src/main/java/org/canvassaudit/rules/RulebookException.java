package org.canvassaudit.rules;

/**
 * A rulebook that cannot be used; the message names the key at fault.
 */
public class RulebookException extends Exception {

	public RulebookException(String message) {
		super(message);
	}

}
