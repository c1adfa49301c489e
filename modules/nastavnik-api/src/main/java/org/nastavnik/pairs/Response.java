package org.nastavnik.pairs;

/**
 * A participant's answer to a proposed pair.
 */
public enum Response {

	/** Not answered yet. */
	PENDING,

	/** Agreed to work together. */
	ACCEPTED,

	/** Refused; the mentee leaves the group, or the mentor ends the proposal. */
	DECLINED

}
