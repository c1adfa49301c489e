package org.nastavnik.pairs;

/**
 * The name of a {@link PairState}, as stored and as the REST API shows it.
 */
public enum PairStatus {

	PROPOSED, ACTIVE, COMPLETED, CANCELLED, DECLINED

}
