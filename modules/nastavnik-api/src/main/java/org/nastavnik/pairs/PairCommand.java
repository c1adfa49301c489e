package org.nastavnik.pairs;

/**
 * What a person can do to a pair now; lists offer the commands {@link PairService#commands}
 * returns, and the service enforces the same rules when a command is sent.
 */
public enum PairCommand {

	/** Accept the proposal as its mentor or a mentee. */
	ACCEPT,

	/** Decline the proposal as its mentor or a mentee. */
	DECLINE,

	/** Complete an active pair. */
	COMPLETE,

	/** Cancel a proposed or active pair. */
	CANCEL

}
