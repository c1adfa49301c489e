package org.nastavnik.liferay.internal.store;

import java.sql.SQLException;

import java.util.Set;
import java.util.function.Supplier;

import org.nastavnik.failure.ConflictException;

/**
 * Reads what the portal's persistence failures mean. They reach us wrapped (Hibernate →
 * {@code ORMException} → {@code SystemException}) and we may import no Hibernate class, so the
 * cause chain is read by class name and SQL state.
 */
public final class Failures {

	/**
	 * Runs a write through persistence and flushes it at once, so that Hibernate's version check
	 * (WHERE mvccVersion = ?) fails here, where it can be reported, and not at commit.
	 *
	 * @param write the write
	 * @param flush flushes the session, e.g. {@code persistence::flush}
	 * @return what the write returned
	 * @throws ConflictException on field {@code version} if another transaction changed the row
	 */
	public static <T> T flushed(Supplier<T> write, Runnable flush) {
		try {
			T result = write.get();

			flush.run();

			return result;
		}
		catch (RuntimeException runtimeException) {
			if (isStale(runtimeException)) {
				throw ConflictException.forField("version", "version.stale");
			}

			throw runtimeException;
		}
	}

	/**
	 * @param throwable a failure
	 * @return whether a row was changed or deleted by another transaction since it was read
	 */
	public static boolean isStale(Throwable throwable) {
		for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
			if (_STALE_CLASS_NAMES.contains(cause.getClass().getSimpleName())) {
				return true;
			}

			if (cause.getCause() == cause) {
				break;
			}
		}

		return false;
	}

	/**
	 * @param throwable a failure
	 * @return whether a unique index refused the write
	 */
	public static boolean isUniqueViolation(Throwable throwable) {
		for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sqlException) {
				String sqlState = sqlException.getSQLState();

				// 23505 (SQL standard, PostgreSQL, DB2), 23000 (MySQL, SQL Server, Oracle).

				if ((sqlState != null) && sqlState.startsWith("23")) {
					return true;
				}
			}

			if (cause.getClass().getSimpleName().equals("ConstraintViolationException")) {
				return true;
			}

			if (cause.getCause() == cause) {
				break;
			}
		}

		return false;
	}

	private Failures() {
	}

	private static final Set<String> _STALE_CLASS_NAMES = Set.of(
		"HibernateOptimisticLockingFailureException", "OptimisticLockException",
		"OptimisticLockingFailureException", "StaleObjectStateException",
		"StaleStateException");

}
