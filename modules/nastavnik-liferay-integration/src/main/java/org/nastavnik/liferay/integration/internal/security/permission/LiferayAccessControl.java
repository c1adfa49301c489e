package org.nastavnik.liferay.integration.internal.security.permission;

import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.GroupConstants;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionCheckerFactory;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextThreadLocal;
import com.liferay.portal.kernel.service.UserLocalService;

import org.nastavnik.access.AccessControl;
import org.nastavnik.access.Action;
import org.nastavnik.access.Actor;
import org.nastavnik.liferay.integration.internal.constants.NastavnikResourceConstants;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Access control on the portal's permission framework: an action is the action ID of the same
 * name on the root resource {@code org.nastavnik}, checked with the
 * {@link PortletResourcePermission} registered for it, so site roles, regular roles granted at
 * company scope, and administrators (omniadmin, company and site administrators) count exactly
 * as the portal decides.
 *
 * <p><b>Whose checker.</b> When the request's permission checker ({@link PermissionThreadLocal})
 * belongs to the actor, it is used, with its per-request cache. Otherwise (a background task, or
 * one person acting on another's behalf) a checker is created for the actor's user; an unknown
 * or inactive user holds nothing.</p>
 *
 * <p><b>Which site.</b> The scope is the {@code scopeGroupId} of the {@link ServiceContext} on
 * the thread, set by portlets and by the portal's REST layer. Without one (a scheduled job, a
 * message listener) the actor's instance's Guest site is used: it always exists, and a regular
 * role granted at company scope (as the Nastavnik roles are) applies in it like in every site,
 * while site roles of other sites do not leak in.</p>
 */
@Component(service = AccessControl.class)
public class LiferayAccessControl implements AccessControl {

	@Override
	public boolean isAllowed(Actor actor, Action action) {
		PermissionChecker permissionChecker = _getPermissionChecker(
			actor.userId());

		if (permissionChecker == null) {
			return false;
		}

		long groupId = _getScopeGroupId(permissionChecker.getCompanyId());

		if (groupId <= 0) {
			return false;
		}

		return _portletResourcePermission.contains(
			permissionChecker, groupId, action.name());
	}

	private PermissionChecker _getPermissionChecker(long userId) {
		PermissionChecker permissionChecker =
			PermissionThreadLocal.getPermissionChecker();

		if ((permissionChecker != null) &&
			(permissionChecker.getUserId() == userId)) {

			return permissionChecker;
		}

		User user = _userLocalService.fetchUser(userId);

		if ((user == null) || !user.isActive()) {
			return null;
		}

		return _permissionCheckerFactory.create(user);
	}

	private long _getScopeGroupId(long companyId) {
		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		if ((serviceContext != null) && (serviceContext.getScopeGroupId() > 0)) {
			return serviceContext.getScopeGroupId();
		}

		Group group = _groupLocalService.fetchGroup(
			companyId, GroupConstants.GUEST);

		if (group == null) {
			return 0;
		}

		return group.getGroupId();
	}

	@Reference
	private GroupLocalService _groupLocalService;

	@Reference
	private PermissionCheckerFactory _permissionCheckerFactory;

	@Reference(
		target = "(resource.name=" + NastavnikResourceConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private UserLocalService _userLocalService;

}
