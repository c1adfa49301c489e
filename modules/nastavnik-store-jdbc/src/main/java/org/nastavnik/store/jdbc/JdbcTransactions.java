package org.nastavnik.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.nastavnik.transaction.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Transactions on a pooled JDBC connection: the outermost {@link #required(Supplier)} binds a
 * connection to the thread, nested calls join it; the work commits at the end of the outermost
 * call and rolls back on any exception, at READ COMMITTED.
 *
 * <p>An exception that leaves nested work dooms the whole transaction even if the outer work
 * catches it, as PostgreSQL itself refuses further statements after a failed one; the outer
 * call then rolls back and throws {@link IllegalStateException}.</p>
 *
 * <p>Stores run their statements through {@link #call} or {@link #run}, which join the caller's
 * transaction or start their own.</p>
 */
@Component(service = {JdbcTransactions.class, Transactions.class})
public class JdbcTransactions implements Transactions {

	/**
	 * @param database the database
	 */
	@Activate
	public JdbcTransactions(@Reference JdbcDatabase database) {
		_dataSource = database.dataSource();
	}

	/**
	 * Runs statements in the current transaction, or in a new one if none is under way.
	 *
	 * @param activity what the work does, for the message of a {@link DataAccessException}
	 * @param work the statements
	 * @return what the work returned
	 * @throws DataAccessException if the work fails with an {@link SQLException}
	 */
	public <T> T call(String activity, Work<T> work) {
		return required(
			() -> {
				try {
					return work.execute(_scope.get()._connection);
				}
				catch (SQLException sqlException) {
					throw new DataAccessException(activity, sqlException);
				}
			});
	}

	@Override
	public <T> T required(Supplier<T> work) {
		Scope scope = _scope.get();

		if (scope != null) {
			try {
				return work.get();
			}
			catch (RuntimeException | Error throwable) {
				scope._rollbackOnly = true;

				throw throwable;
			}
		}

		Connection connection = _connection();

		scope = new Scope(connection);

		_scope.set(scope);

		try {
			T result = work.get();

			if (scope._rollbackOnly) {
				throw new IllegalStateException(
					"Nested work failed, so the transaction was rolled back although the outer " +
						"work went on");
			}

			connection.commit();

			return result;
		}
		catch (SQLException sqlException) {
			_rollback(connection, sqlException);

			throw new DataAccessException("commit a transaction", sqlException);
		}
		catch (RuntimeException | Error throwable) {
			_rollback(connection, throwable);

			throw throwable;
		}
		finally {
			_scope.remove();

			_close(connection);
		}
	}

	/**
	 * As {@link #call} for work without a result.
	 *
	 * @param activity what the work does
	 * @param work the statements
	 */
	public void run(String activity, VoidWork work) {
		call(
			activity,
			connection -> {
				work.execute(connection);

				return Boolean.TRUE;
			});
	}

	/**
	 * Statements with a result, run on the transaction's connection.
	 */
	@FunctionalInterface
	public interface Work<T> {

		/**
		 * @param connection the connection of the current transaction; never commit or close it
		 * @return the result
		 * @throws SQLException if a statement fails
		 */
		T execute(Connection connection) throws SQLException;

	}

	/**
	 * Statements without a result, run on the transaction's connection.
	 */
	@FunctionalInterface
	public interface VoidWork {

		/**
		 * @param connection the connection of the current transaction; never commit or close it
		 * @throws SQLException if a statement fails
		 */
		void execute(Connection connection) throws SQLException;

	}

	private void _close(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException sqlException) {
			throw new DataAccessException("return a connection to the pool", sqlException);
		}
	}

	private Connection _connection() {
		try {
			Connection connection = _dataSource.getConnection();

			// The pool sets both already; a connection handed in by other means must not differ.

			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);

			return connection;
		}
		catch (SQLException sqlException) {
			throw new DataAccessException("open a connection", sqlException);
		}
	}

	private void _rollback(Connection connection, Throwable cause) {
		try {
			connection.rollback();
		}
		catch (SQLException sqlException) {
			cause.addSuppressed(sqlException);
		}
	}

	private static final class Scope {

		private Scope(Connection connection) {
			_connection = connection;
		}

		private final Connection _connection;
		private boolean _rollbackOnly;

	}

	private final DataSource _dataSource;
	private final ThreadLocal<Scope> _scope = new ThreadLocal<>();

}
