package org.nastavnik.liferay.internal.transaction;

import java.util.function.Supplier;

import org.nastavnik.transaction.Transactions;

import org.osgi.service.component.annotations.Component;

/**
 * The core's transactions on the portal's transaction manager: {@code required} joins a
 * transaction already under way (a local service call, a portlet action) or starts one, and
 * rolls back on any exception, checked or not. A stale mvccVersion found only at commit is
 * reported as {@link org.nastavnik.failure.ConflictException} on field {@code version}.
 */
@Component(service = Transactions.class)
public class LiferayTransactions implements Transactions {

	@Override
	public <T> T required(Supplier<T> work) {
		return PortalTransactions.required(work);
	}

}
