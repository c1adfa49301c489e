package org.nastavnik.liferay.internal;

import static org.mockito.Mockito.RETURNS_MOCKS;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.OrderFactory;
import com.liferay.portal.kernel.dao.orm.OrderFactoryUtil;
import com.liferay.portal.kernel.dao.orm.ProjectionFactory;
import com.liferay.portal.kernel.dao.orm.ProjectionFactoryUtil;
import com.liferay.portal.kernel.dao.orm.PropertyFactory;
import com.liferay.portal.kernel.dao.orm.PropertyFactoryUtil;
import com.liferay.portal.kernel.dao.orm.RestrictionsFactory;
import com.liferay.portal.kernel.dao.orm.RestrictionsFactoryUtil;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.TransactionConfig;
import com.liferay.portal.kernel.transaction.TransactionInvoker;
import com.liferay.portal.kernel.transaction.TransactionInvokerUtil;

import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for what the portal sets up before modules start: the transaction invoker and the
 * ORM factories behind the static utilities.
 */
public final class PortalStubs {

	/**
	 * Installs a transaction invoker that runs the work directly, recording each configuration.
	 *
	 * @return the configurations of the transactions run from now on
	 */
	public static List<TransactionConfig> installTransactions() {
		List<TransactionConfig> transactionConfigs = new ArrayList<>();

		new TransactionInvokerUtil().setTransactionInvoker(
			new TransactionInvoker() {

				@Override
				public <T> T invoke(
						TransactionConfig transactionConfig,
						java.util.concurrent.Callable<T> callable)
					throws Throwable {

					transactionConfigs.add(transactionConfig);

					return callable.call();
				}

			});

		return transactionConfigs;
	}

	/**
	 * Makes the static ORM utilities answer with mocks, so that criteria can be built.
	 */
	public static void installOrmFactories() {
		new OrderFactoryUtil().setOrderFactory(mock(OrderFactory.class, RETURNS_MOCKS));
		new ProjectionFactoryUtil().setProjectionFactory(
			mock(ProjectionFactory.class, RETURNS_MOCKS));
		new PropertyFactoryUtil().setPropertyFactory(mock(PropertyFactory.class, RETURNS_MOCKS));
		new RestrictionsFactoryUtil().setRestrictionsFactory(
			mock(RestrictionsFactory.class, RETURNS_MOCKS));
	}

	/**
	 * @return a dynamic query whose builder methods return itself
	 */
	public static DynamicQuery dynamicQuery() {
		return mock(DynamicQuery.class, RETURNS_SELF);
	}

	/**
	 * @param groupId the site
	 * @param companyId the company
	 * @return a service context scoped to them
	 */
	public static ServiceContext serviceContext(long groupId, long companyId) {
		ServiceContext serviceContext = new ServiceContext();

		serviceContext.setCompanyId(companyId);
		serviceContext.setScopeGroupId(groupId);
		serviceContext.setUserId(5);

		return serviceContext;
	}

	/**
	 * @return a failure as the portal's persistence reports a stale mvccVersion
	 */
	public static RuntimeException staleObjectStateFailure() {
		return new com.liferay.portal.kernel.exception.SystemException(
			new com.liferay.portal.kernel.dao.orm.ORMException(
				"Pair is stale", new StaleObjectStateException()));
	}

	/**
	 * Named as Hibernate's exception, which this bundle cannot import.
	 */
	public static class StaleObjectStateException extends RuntimeException {
	}

	private PortalStubs() {
	}

}
