package org.nastavnik.transaction;

import java.util.function.Supplier;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Runs work in one transaction of the runtime's database: the portal's transaction manager, or a
 * JDBC connection of the embedded runtime. Work inside work joins the outer transaction.
 */
@ConsumerType
public interface Transactions {

	/**
	 * Runs the work in a transaction, joining one that is already under way. Any exception rolls
	 * the whole transaction back and is rethrown unchanged.
	 *
	 * @param work the work
	 * @return what the work returned
	 */
	<T> T required(Supplier<T> work);

	/**
	 * As {@link #required(Supplier)} for work without a result.
	 *
	 * @param work the work
	 */
	default void required(Runnable work) {
		required(
			() -> {
				work.run();

				return null;
			});
	}

}
