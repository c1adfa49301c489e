package org.nastavnik.liferay.integration.internal.security.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

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

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.nastavnik.access.Action;
import org.nastavnik.access.Actor;
import org.nastavnik.pairs.PairActions;
import org.nastavnik.program.ProgramActions;

@ExtendWith(MockitoExtension.class)
class LiferayAccessControlTest {

	@BeforeEach
	void setUp() {
		lenient().when(_permissionChecker.getCompanyId()).thenReturn(_COMPANY_ID);
		lenient().when(_permissionChecker.getUserId()).thenReturn(_USER_ID);
	}

	@AfterEach
	void tearDown() {
		PermissionThreadLocal.setPermissionChecker(null);

		while (ServiceContextThreadLocal.popServiceContext() != null) {
		}
	}

	@Test
	void theRequestsCheckerIsUsedWhenItBelongsToTheActor() {
		PermissionThreadLocal.setPermissionChecker(_permissionChecker);
		_pushScopeGroup(_SITE_GROUP_ID);

		when(
			_portletResourcePermission.contains(
				_permissionChecker, _SITE_GROUP_ID, "MANAGE_PAIRS")
		).thenReturn(
			true
		);

		assertThat(
			_liferayAccessControl.isAllowed(new Actor(_USER_ID), PairActions.MANAGE_PAIRS)
		).isTrue();

		verify(_permissionCheckerFactory, never()).create(any());
		verify(_userLocalService, never()).fetchUser(anyLong());
	}

	@Test
	void aCheckerIsCreatedForAnotherActor() {
		PermissionChecker requestPermissionChecker = mock(PermissionChecker.class);

		when(requestPermissionChecker.getUserId()).thenReturn(_USER_ID + 1);

		PermissionThreadLocal.setPermissionChecker(requestPermissionChecker);
		_pushScopeGroup(_SITE_GROUP_ID);

		User user = _activeUser();

		when(_permissionCheckerFactory.create(user)).thenReturn(_permissionChecker);

		when(
			_portletResourcePermission.contains(
				_permissionChecker, _SITE_GROUP_ID, "ADD_PROGRAM")
		).thenReturn(
			true
		);

		assertThat(
			_liferayAccessControl.isAllowed(new Actor(_USER_ID), ProgramActions.ADD_PROGRAM)
		).isTrue();

		verify(_portletResourcePermission, never()).contains(
			eq(requestPermissionChecker), anyLong(), anyString());
	}

	@Test
	void aCheckerIsCreatedWhenTheThreadHasNone() {
		_pushScopeGroup(_SITE_GROUP_ID);

		when(_permissionCheckerFactory.create(_activeUser())).thenReturn(_permissionChecker);

		assertThat(
			_liferayAccessControl.isAllowed(new Actor(_USER_ID), ProgramActions.ADD_PROGRAM)
		).isFalse();

		verify(_portletResourcePermission).contains(
			_permissionChecker, _SITE_GROUP_ID, "ADD_PROGRAM");
	}

	@Test
	void unknownOrInactiveUsersHoldNothing() {
		User inactive = mock(User.class);

		when(_userLocalService.fetchUser(_USER_ID)).thenReturn(inactive);
		when(_userLocalService.fetchUser(_USER_ID + 1)).thenReturn(null);

		assertThat(
			_liferayAccessControl.isAllowed(new Actor(_USER_ID), ProgramActions.ADD_PROGRAM)
		).isFalse();
		assertThat(
			_liferayAccessControl.isAllowed(
				new Actor(_USER_ID + 1), ProgramActions.ADD_PROGRAM)
		).isFalse();

		verify(_permissionCheckerFactory, never()).create(any());
	}

	@Test
	void withoutAScopeGroupTheGuestSiteIsTheScope() {
		PermissionThreadLocal.setPermissionChecker(_permissionChecker);

		// A service context without a scope group, as a background task may have

		ServiceContextThreadLocal.pushServiceContext(new ServiceContext());

		Group guestGroup = mock(Group.class);

		when(guestGroup.getGroupId()).thenReturn(_GUEST_GROUP_ID);
		when(
			_groupLocalService.fetchGroup(_COMPANY_ID, GroupConstants.GUEST)
		).thenReturn(
			guestGroup
		);
		when(
			_portletResourcePermission.contains(
				_permissionChecker, _GUEST_GROUP_ID, "MANAGE_MENTOR_BANK")
		).thenReturn(
			true
		);

		assertThat(
			_liferayAccessControl.isAllowed(
				new Actor(_USER_ID), PairActions.MANAGE_MENTOR_BANK)
		).isTrue();
	}

	@Test
	void everyApiActionIsCheckedUnderItsOwnName() {
		PermissionThreadLocal.setPermissionChecker(_permissionChecker);
		_pushScopeGroup(_SITE_GROUP_ID);

		List<Action> actions = new ArrayList<>(ProgramActions.ALL);

		actions.addAll(PairActions.ALL);

		for (Action action : actions) {
			_liferayAccessControl.isAllowed(new Actor(_USER_ID), action);

			verify(_portletResourcePermission).contains(
				_permissionChecker, _SITE_GROUP_ID, action.name());
		}
	}

	private User _activeUser() {
		User user = mock(User.class);

		when(user.isActive()).thenReturn(true);
		when(_userLocalService.fetchUser(_USER_ID)).thenReturn(user);

		return user;
	}

	private void _pushScopeGroup(long groupId) {
		ServiceContext serviceContext = new ServiceContext();

		serviceContext.setScopeGroupId(groupId);

		ServiceContextThreadLocal.pushServiceContext(serviceContext);
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _GUEST_GROUP_ID = 20121;

	private static final long _SITE_GROUP_ID = 40001;

	private static final long _USER_ID = 20123;

	@Mock
	private GroupLocalService _groupLocalService;

	@InjectMocks
	private LiferayAccessControl _liferayAccessControl;

	@Mock
	private PermissionChecker _permissionChecker;

	@Mock
	private PermissionCheckerFactory _permissionCheckerFactory;

	@Mock
	private PortletResourcePermission _portletResourcePermission;

	@Mock
	private UserLocalService _userLocalService;

}
