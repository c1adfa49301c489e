package org.nastavnik.store.jdbc;

import java.sql.SQLException;

/**
 * A database failure that no store turns into a domain failure: the database is unreachable, a
 * statement is wrong, a constraint fails that the services should have checked first.
 */
public class DataAccessException extends RuntimeException {

	/**
	 * @param activity what the store was doing, e.g. {@code "update pair 42"}
	 * @param sqlException the failure
	 */
	public DataAccessException(String activity, SQLException sqlException) {
		super(
			"Unable to " + activity + " (SQLState " + sqlException.getSQLState() + "): " +
				sqlException.getMessage(),
			sqlException);
	}

}
