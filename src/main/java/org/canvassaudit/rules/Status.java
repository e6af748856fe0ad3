package org.canvassaudit.rules;

/**
 * A decision's status.
 */
public enum Status {

	/** The week has not ended (the as-of date is on or before its Sunday). */
	PENDING,

	/** The rule does not apply to the candidate that week. */
	NOT_APPLICABLE,

	/** The rule applied and was met. */
	COMPLIANT,

	/** The rule applied and was not met. */
	BREACH,

	/** A breach voided by an upheld appeal. */
	VOIDED

}
