package org.nastavnik.liferay.internal.transaction;

import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.TransactionConfig;
import com.liferay.portal.kernel.transaction.TransactionInvokerUtil;

import java.util.function.Supplier;

import org.nastavnik.failure.ConflictException;
import org.nastavnik.failure.NastavnikException;
import org.nastavnik.liferay.internal.store.Failures;

/**
 * The portal's transaction manager, as the stores and {@link LiferayTransactions} use it. The
 * portal sets the invoker of {@link TransactionInvokerUtil} before any module starts.
 */
public final class PortalTransactions {

	/**
	 * Runs the work in the current transaction or a new one (Propagation.REQUIRED).
	 *
	 * @param work the work
	 * @return what the work returned
	 */
	public static <T> T required(Supplier<T> work) {
		return _invoke(_REQUIRED, work);
	}

	/**
	 * Runs the work in a transaction of its own that commits whatever the caller's does, for
	 * idempotent work whose failure the caller survives (seeding on two nodes at once).
	 *
	 * @param work the work
	 * @return what the work returned
	 */
	public static <T> T requiresNew(Supplier<T> work) {
		return _invoke(_REQUIRES_NEW, work);
	}

	private static <T> T _invoke(TransactionConfig transactionConfig, Supplier<T> work) {
		try {
			return TransactionInvokerUtil.invoke(transactionConfig, work::get);
		}
		catch (NastavnikException nastavnikException) {
			throw nastavnikException;
		}
		catch (RuntimeException | Error throwable) {

			// A concurrent change found only when Hibernate flushes at commit is still a 409.

			if (Failures.isStale(throwable)) {
				throw ConflictException.forField("version", "version.stale");
			}

			throw throwable;
		}
		catch (Throwable throwable) {

			// The work is a Supplier: only the commit itself can throw a checked exception.

			throw new IllegalStateException("The transaction failed", throwable);
		}
	}

	private PortalTransactions() {
	}

	private static final TransactionConfig _REQUIRED = TransactionConfig.Factory.create(
		Propagation.REQUIRED, new Class<?>[] {Exception.class});

	private static final TransactionConfig _REQUIRES_NEW = TransactionConfig.Factory.create(
		Propagation.REQUIRES_NEW, new Class<?>[] {Exception.class});

}
