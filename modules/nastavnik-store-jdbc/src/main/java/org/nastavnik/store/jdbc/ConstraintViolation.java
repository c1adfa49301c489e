package org.nastavnik.store.jdbc;

import java.sql.SQLException;
import java.util.Set;

/**
 * The integrity constraints whose violation a store turns into a domain failure. This is the one
 * place that knows the SQLStates of H2 2.x and PostgreSQL.
 */
public enum ConstraintViolation {

	/** A CHECK constraint: H2 reports 23513, PostgreSQL 23514. */
	CHECK("23513", "23514"),

	/** A missing parent row (H2 23506, PostgreSQL 23503) or a child row still present (23503). */
	FOREIGN_KEY("23503", "23506"),

	/** A primary key or unique constraint: 23505 in both. */
	UNIQUE("23505");

	/**
	 * @param sqlException a failure
	 * @return whether it is a violation of this kind
	 */
	public boolean isViolatedBy(SQLException sqlException) {
		return _sqlStates.contains(sqlException.getSQLState());
	}

	private ConstraintViolation(String... sqlStates) {
		_sqlStates = Set.of(sqlStates);
	}

	private final Set<String> _sqlStates;

}
