package org.nastavnik.liferay.internal.store;

import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.security.auth.CompanyThreadLocal;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextThreadLocal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The site (group) and company whose rows the stores read and write.
 *
 * <p>The store SPI carries no site: the core is portal-neutral. In the portal every request, a
 * portlet action as much as a call to the JAX-RS application, runs with the
 * {@link ServiceContextThreadLocal service context} that the portal (or our REST layer) pushes,
 * whose scope group is the site the user works in; so each site keeps its own programs, mentor
 * bank and pairs. Work without a service context or without a scope group (seeding at startup,
 * scheduled jobs) falls back to the company's global site (the company group) of the thread's
 * company, where shared data such as the competency framework belongs.</p>
 */
@Component(service = StoreScope.class)
public class StoreScope {

	/**
	 * @return the site to scope rows to
	 */
	public long groupId() {
		return serviceContext().getScopeGroupId();
	}

	/**
	 * @return a copy of the current service context with company and scope group filled in;
	 *         adding a row consumes its UUID, so the caller's own stays untouched
	 * @throws IllegalStateException if no company is known, which only happens outside the
	 *         portal's requests and jobs
	 */
	public ServiceContext serviceContext() {
		ServiceContext serviceContext = ServiceContextThreadLocal.getServiceContext();

		if (serviceContext == null) {
			serviceContext = new ServiceContext();
		}
		else {
			serviceContext = (ServiceContext)serviceContext.clone();
		}

		long companyId = serviceContext.getCompanyId();

		if (companyId <= 0) {
			Long threadCompanyId = CompanyThreadLocal.getCompanyId();

			if (threadCompanyId != null) {
				companyId = threadCompanyId;
			}
		}

		if (companyId <= 0) {
			throw new IllegalStateException(
				"Nastavnik rows need a company: no service context or company thread local");
		}

		serviceContext.setCompanyId(companyId);

		if (serviceContext.getScopeGroupId() <= 0) {
			Group group = _groupLocalService.fetchCompanyGroup(companyId);

			if (group == null) {
				throw new IllegalStateException("Company " + companyId + " has no global site");
			}

			serviceContext.setScopeGroupId(group.getGroupId());
		}

		return serviceContext;
	}

	@Reference
	private GroupLocalService _groupLocalService;

}
