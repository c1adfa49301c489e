package org.nastavnik.liferay.integration.internal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.RestrictionsFactory;
import com.liferay.portal.kernel.dao.orm.RestrictionsFactoryUtil;
import com.liferay.portal.kernel.model.OrganizationConstants;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.lang.annotation.Annotation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.nastavnik.directory.Organization;
import org.nastavnik.directory.OrganizationKind;
import org.nastavnik.directory.Person;

@ExtendWith(MockitoExtension.class)
class LiferayDirectoryTest {

	@BeforeEach
	void setUp() {
		_liferayDirectory._companyIdSupplier = () -> _COMPANY_ID;

		_liferayDirectory.activate(
			_configuration(
				new String[] {"kindergarten", " ДОО "}, new String[] {"School"}));

		new RestrictionsFactoryUtil().setRestrictionsFactory(_restrictionsFactory);

		lenient().when(
			_userLocalService.dynamicQuery()
		).thenReturn(
			_dynamicQuery
		);
	}

	@AfterEach
	void tearDown() {
		new RestrictionsFactoryUtil().setRestrictionsFactory(null);
	}

	@Test
	void personIsAnActiveUserWithTheirOrganizationsAndJobTitle() throws Exception {
		User user = _user(7, true);

		when(_userLocalService.fetchUser(7)).thenReturn(user);

		assertThat(
			_liferayDirectory.person(7)
		).contains(
			new Person(
				7, "user7", "User Seven", "user7@example.org", "учитель математики",
				List.of(101L, 102L))
		);
	}

	@Test
	void inactiveGuestMissingOrForeignUsersAreNoPeople() throws Exception {
		User inactive = _user(1, false);
		User guest = _user(2, true);
		User foreign = _user(3, true);

		when(guest.isGuestUser()).thenReturn(true);
		when(foreign.getCompanyId()).thenReturn(_COMPANY_ID + 1);

		when(_userLocalService.fetchUser(1)).thenReturn(inactive);
		when(_userLocalService.fetchUser(2)).thenReturn(guest);
		when(_userLocalService.fetchUser(3)).thenReturn(foreign);
		when(_userLocalService.fetchUser(4)).thenReturn(null);

		assertThat(_liferayDirectory.person(1)).isEmpty();
		assertThat(_liferayDirectory.person(2)).isEmpty();
		assertThat(_liferayDirectory.person(3)).isEmpty();
		assertThat(_liferayDirectory.person(4)).isEmpty();
	}

	@Test
	void peopleAreReadInOneQueryAndOnlyActiveOnesReturned() throws Exception {
		User active = _user(7, true);
		User inactive = _user(8, false);

		doReturn(
			List.of(inactive, active)
		).when(
			_userLocalService
		).dynamicQuery(
			_dynamicQuery
		);

		assertThat(
			_liferayDirectory.people(List.of(7L, 8L, 9L, 7L))
		).containsOnlyKeys(
			7L
		);

		ArgumentCaptor<Collection<?>> userIds = _inCaptor();

		verify(_restrictionsFactory).in(eq("userId"), userIds.capture());
		verify(_restrictionsFactory).eq("companyId", _COMPANY_ID);

		assertThat(new ArrayList<Object>(userIds.getValue())).containsExactly(7L, 8L, 9L);

		verify(_userLocalService, times(1)).dynamicQuery(any(DynamicQuery.class));
		verify(_userLocalService, never()).fetchUser(anyLong());
	}

	@Test
	void manyPeopleAreReadInChunks() {
		doReturn(
			List.of()
		).when(
			_userLocalService
		).dynamicQuery(
			_dynamicQuery
		);

		List<Long> userIds = new ArrayList<>();

		LongStream.rangeClosed(1, 1200).forEach(userIds::add);

		assertThat(_liferayDirectory.people(userIds)).isEmpty();

		verify(_userLocalService, times(3)).dynamicQuery(any(DynamicQuery.class));
	}

	@Test
	void noIdsNoQuery() {
		assertThat(_liferayDirectory.people(List.of())).isEmpty();

		verify(_userLocalService, never()).dynamicQuery();
	}

	@Test
	void organizationKindFollowsTheConfiguredTypes() {
		com.liferay.portal.kernel.model.Organization kindergarten = _organization(
			1, "МДОУ детский сад № 5", "ДОО");
		com.liferay.portal.kernel.model.Organization school = _organization(
			2, "МОУ СОШ № 1", "school");
		com.liferay.portal.kernel.model.Organization office = _organization(
			3, "Методический центр", "organization");

		when(
			_organizationLocalService.getOrganizations(
				_COMPANY_ID, OrganizationConstants.ANY_PARENT_ORGANIZATION_ID)
		).thenReturn(
			List.of(school, office, kindergarten)
		);

		assertThat(
			_liferayDirectory.organizations()
		).containsExactly(
			new Organization(1, "МДОУ детский сад № 5", OrganizationKind.KINDERGARTEN),
			new Organization(3, "Методический центр", OrganizationKind.OTHER),
			new Organization(2, "МОУ СОШ № 1", OrganizationKind.SCHOOL)
		);
	}

	@Test
	void organizationOfAnotherInstanceIsNotFound() {
		com.liferay.portal.kernel.model.Organization school = _organization(
			2, "МОУ СОШ № 1", "school");
		com.liferay.portal.kernel.model.Organization foreign = _organization(
			3, "Чужая школа", "school");

		when(foreign.getCompanyId()).thenReturn(_COMPANY_ID + 1);

		when(_organizationLocalService.fetchOrganization(2)).thenReturn(school);
		when(_organizationLocalService.fetchOrganization(3)).thenReturn(foreign);

		assertThat(
			_liferayDirectory.organization(2)
		).contains(
			new Organization(2, "МОУ СОШ № 1", OrganizationKind.SCHOOL)
		);
		assertThat(_liferayDirectory.organization(3)).isEmpty();
		assertThat(_liferayDirectory.organization(4)).isEmpty();
	}

	@Test
	void mappingDefaultsAndOddTypes() {
		OrganizationKindMapping organizationKindMapping =
			new OrganizationKindMapping(new String[] {"kindergarten"}, null);

		assertThat(
			organizationKindMapping.kind("Kindergarten")
		).isEqualTo(
			OrganizationKind.KINDERGARTEN
		);
		assertThat(organizationKindMapping.kind("school")).isEqualTo(OrganizationKind.OTHER);
		assertThat(organizationKindMapping.kind(null)).isEqualTo(OrganizationKind.OTHER);
	}

	private static LiferayDirectoryConfiguration _configuration(
		String[] kindergartenTypes, String[] schoolTypes) {

		return new LiferayDirectoryConfiguration() {

			@Override
			public Class<? extends Annotation> annotationType() {
				return LiferayDirectoryConfiguration.class;
			}

			@Override
			public String[] kindergartenTypes() {
				return kindergartenTypes;
			}

			@Override
			public String[] schoolTypes() {
				return schoolTypes;
			}

		};
	}

	@SuppressWarnings({"rawtypes", "unchecked"})
	private static ArgumentCaptor<Collection<?>> _inCaptor() {
		return (ArgumentCaptor)ArgumentCaptor.forClass(Collection.class);
	}

	private com.liferay.portal.kernel.model.Organization _organization(
		long organizationId, String name, String type) {

		com.liferay.portal.kernel.model.Organization organization = mock(
			com.liferay.portal.kernel.model.Organization.class);

		lenient().when(organization.getCompanyId()).thenReturn(_COMPANY_ID);
		lenient().when(organization.getName()).thenReturn(name);
		lenient().when(organization.getOrganizationId()).thenReturn(organizationId);
		lenient().when(organization.getType()).thenReturn(type);

		return organization;
	}

	private User _user(long userId, boolean active) throws Exception {
		User user = mock(User.class);

		lenient().when(user.getCompanyId()).thenReturn(_COMPANY_ID);
		lenient().when(user.getEmailAddress()).thenReturn("user" + userId + "@example.org");
		lenient().when(user.getFullName()).thenReturn("User Seven");
		lenient().when(user.getJobTitle()).thenReturn("учитель математики");
		lenient().when(user.getOrganizationIds()).thenReturn(new long[] {101, 102});
		lenient().when(user.getScreenName()).thenReturn("user" + userId);
		lenient().when(user.getUserId()).thenReturn(userId);
		lenient().when(user.isActive()).thenReturn(active);

		return user;
	}

	private static final long _COMPANY_ID = 20097;

	@Mock
	private DynamicQuery _dynamicQuery;

	@InjectMocks
	private LiferayDirectory _liferayDirectory;

	@Mock
	private OrganizationLocalService _organizationLocalService;

	@Mock
	private RestrictionsFactory _restrictionsFactory;

	@Mock
	private UserLocalService _userLocalService;

}
