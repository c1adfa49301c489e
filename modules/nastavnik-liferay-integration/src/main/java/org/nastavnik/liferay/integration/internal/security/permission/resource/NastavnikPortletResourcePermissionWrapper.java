package org.nastavnik.liferay.integration.internal.security.permission.resource;

import com.liferay.portal.kernel.security.permission.resource.BasePortletResourcePermissionWrapper;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermissionFactory;

import org.nastavnik.liferay.integration.internal.constants.NastavnikResourceConstants;

import org.osgi.service.component.annotations.Component;

/**
 * The permission on Nastavnik's root resource {@code org.nastavnik}, as Blogs registers its
 * {@code BlogsPortletResourcePermissionWrapper}: other bundles reference it with
 * {@code (resource.name=org.nastavnik)}.
 *
 * <p>No permission logic is added: Nastavnik has no staging of its own, so the portal's default
 * check (site and company-scoped grants, site and portal administrators) is the whole rule.</p>
 */
@Component(
	property = "resource.name=" + NastavnikResourceConstants.RESOURCE_NAME,
	service = PortletResourcePermission.class
)
public class NastavnikPortletResourcePermissionWrapper
	extends BasePortletResourcePermissionWrapper {

	@Override
	protected PortletResourcePermission doGetPortletResourcePermission() {
		return PortletResourcePermissionFactory.create(
			NastavnikResourceConstants.RESOURCE_NAME);
	}

}
