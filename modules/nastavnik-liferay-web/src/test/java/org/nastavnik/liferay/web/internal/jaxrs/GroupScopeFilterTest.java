package org.nastavnik.liferay.web.internal.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextThreadLocal;

import java.util.HashMap;
import java.util.Map;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.nastavnik.liferay.web.internal.test.TestUtil;

class GroupScopeFilterTest {

	@BeforeEach
	void setUp() {
		TestUtil.inject(_groupScopeFilter, "_groupLocalService", _groupLocalService);

		when(_permissionChecker.getCompanyId()).thenReturn(_COMPANY_ID);
		when(_permissionChecker.getUserId()).thenReturn(_USER_ID);
		when(_permissionChecker.isSignedIn()).thenReturn(true);

		PermissionThreadLocal.setPermissionChecker(_permissionChecker);

		when(_securityContext.getUserPrincipal()).thenReturn(() -> String.valueOf(_USER_ID));

		when(_containerRequestContext.getSecurityContext()).thenReturn(_securityContext);
		when(_containerRequestContext.getProperty(anyString())).thenAnswer(
			invocation -> _properties.get(invocation.getArgument(0, String.class)));
		doAnswer(
			invocation -> _properties.put(invocation.getArgument(0, String.class), invocation.getArgument(1))
		).when(_containerRequestContext).setProperty(anyString(), any());
		doAnswer(
			invocation -> _properties.remove(invocation.getArgument(0, String.class))
		).when(_containerRequestContext).removeProperty(anyString());

		when(_site.getCompanyId()).thenReturn(_COMPANY_ID);
		when(_site.getGroupId()).thenReturn(_SITE_ID);
		when(_groupLocalService.fetchGroup(_SITE_ID)).thenReturn(_site);
	}

	@AfterEach
	void tearDown() {
		PermissionThreadLocal.setPermissionChecker(null);

		while (ServiceContextThreadLocal.getServiceContext() != null) {
			ServiceContextThreadLocal.popServiceContext();
		}
	}

	@Test
	void aMemberGetsTheSiteAsServiceContextUntilTheResponse() {
		when(_permissionChecker.isGroupMember(_SITE_ID)).thenReturn(true);
		_header(String.valueOf(_SITE_ID), "en-US,en;q=0.9");

		_groupScopeFilter.filter(_containerRequestContext);

		ServiceContext serviceContext = ServiceContextThreadLocal.getServiceContext();

		assertThat(serviceContext).isNotNull();
		assertThat(serviceContext.getCompanyId()).isEqualTo(_COMPANY_ID);
		assertThat(serviceContext.getScopeGroupId()).isEqualTo(_SITE_ID);
		assertThat(serviceContext.getUserId()).isEqualTo(_USER_ID);
		assertThat(serviceContext.getLanguageId()).isEqualTo("en_US");
		verify(_containerRequestContext, never()).abortWith(any());

		_groupScopeFilter.filter(_containerRequestContext, _containerResponseContext);

		assertThat(ServiceContextThreadLocal.getServiceContext()).isNull();

		// A second response filter run (nothing pushed any more) pops nothing.

		ServiceContext outer = new ServiceContext();

		ServiceContextThreadLocal.pushServiceContext(outer);

		_groupScopeFilter.filter(_containerRequestContext, _containerResponseContext);

		assertThat(ServiceContextThreadLocal.getServiceContext()).isSameAs(outer);
	}

	@Test
	void siteAdministratorsAndTheGuestSiteAreVisibleWithRussianByDefault() {
		when(_permissionChecker.isGroupAdmin(_SITE_ID)).thenReturn(true);
		_header(" " + _SITE_ID + " ", null);

		_groupScopeFilter.filter(_containerRequestContext);

		assertThat(ServiceContextThreadLocal.getServiceContext().getLanguageId()).isEqualTo("ru_RU");

		_groupScopeFilter.filter(_containerRequestContext, _containerResponseContext);

		Group guest = mock(Group.class);

		when(guest.getCompanyId()).thenReturn(_COMPANY_ID);
		when(guest.getGroupId()).thenReturn(20121L);
		when(guest.isGuest()).thenReturn(true);
		when(_groupLocalService.fetchGroup(20121L)).thenReturn(guest);
		_header("20121", "ru");

		_groupScopeFilter.filter(_containerRequestContext);

		assertThat(ServiceContextThreadLocal.getServiceContext().getScopeGroupId()).isEqualTo(20121L);
		verify(_permissionChecker, never()).isGroupMember(20121L);
	}

	@Test
	void aStagingSiteIsVisibleToTheMembersOfItsLiveSite() {
		when(_site.isStagingGroup()).thenReturn(true);
		when(_site.getLiveGroupId()).thenReturn(30100L);
		when(_permissionChecker.isGroupMember(30100L)).thenReturn(true);
		_header(String.valueOf(_SITE_ID), "en");

		_groupScopeFilter.filter(_containerRequestContext);

		assertThat(ServiceContextThreadLocal.getServiceContext().getScopeGroupId()).isEqualTo(_SITE_ID);
	}

	@Test
	void withoutTheHeaderNothingChanges() {
		_header(null, "en");

		_groupScopeFilter.filter(_containerRequestContext);
		_groupScopeFilter.filter(_containerRequestContext, _containerResponseContext);

		assertThat(ServiceContextThreadLocal.getServiceContext()).isNull();
		assertThat(_properties).isEmpty();
		verify(_containerRequestContext, never()).abortWith(any());
		verify(_groupLocalService, never()).fetchGroup(anyLong());
	}

	@Test
	void anUnauthenticatedRequestIsLeftToTheApplication() {
		_header(String.valueOf(_SITE_ID), "en");

		when(_securityContext.getUserPrincipal()).thenReturn(null);

		_groupScopeFilter.filter(_containerRequestContext);

		// The principal and the request's checker must be the same signed-in user.

		when(_securityContext.getUserPrincipal()).thenReturn(() -> "20999");

		_groupScopeFilter.filter(_containerRequestContext);

		when(_securityContext.getUserPrincipal()).thenReturn(() -> String.valueOf(_USER_ID));
		when(_permissionChecker.isSignedIn()).thenReturn(false);

		_groupScopeFilter.filter(_containerRequestContext);

		assertThat(ServiceContextThreadLocal.getServiceContext()).isNull();
		verify(_containerRequestContext, never()).abortWith(any());
		verify(_groupLocalService, never()).fetchGroup(anyLong());
	}

	@Test
	void aHeaderThatIsNoSiteIdIsABadRequest() {
		for (String value : new String[] {"abc", "", "0", "-5", "1e3", "99999999999999999999"}) {
			_header(value, "en");

			Response response = _aborted();

			assertThat(response.getStatus()).as(value).isEqualTo(400);
			assertThat(_body(response)).as(value).isEqualTo(
				"{\"type\":\"urn:nastavnik:problem:nastavnik-group-id-invalid\",\"title\":\"Bad Request\"," +
					"\"status\":400,\"detail\":\"The site is given incorrectly: X-Nastavnik-Group-Id must be a " +
						"site ID.\",\"code\":\"nastavnik-group-id-invalid\"}");
		}

		verify(_groupLocalService, never()).fetchGroup(anyLong());
	}

	@Test
	void anUnknownSiteAndAnotherInstancesSiteAreTheSameBadRequest() {
		_header("404", "ru");

		Response unknown = _aborted();

		Group foreign = mock(Group.class);

		when(foreign.getCompanyId()).thenReturn(99L);
		when(foreign.getGroupId()).thenReturn(777L);
		when(foreign.isGuest()).thenReturn(true);
		when(_groupLocalService.fetchGroup(777L)).thenReturn(foreign);
		_header("777", "ru");

		Response other = _aborted();

		for (Response response : new Response[] {unknown, other}) {
			assertThat(response.getStatus()).isEqualTo(400);
			assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
			assertThat(response.getHeaderString(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("ru");
			assertThat(_body(response)).contains(
				"\"status\":400", "\"detail\":\"Такого сайта нет.\"", "\"code\":\"nastavnik-group-id-unknown\"");
		}
	}

	@Test
	void aSiteTheUserCannotSeeIsForbidden() {
		_header(String.valueOf(_SITE_ID), "en");

		Response response = _aborted();

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
		assertThat(_body(response)).isEqualTo(
			"{\"type\":\"urn:nastavnik:problem:nastavnik-group-id-forbidden\",\"title\":\"Forbidden\"," +
				"\"status\":403,\"detail\":\"You are not a member of this site, so you cannot work with its " +
					"mentoring data.\",\"code\":\"nastavnik-group-id-forbidden\"}");

		// The aborted request pushed nothing, so its response pops nothing.

		_groupScopeFilter.filter(_containerRequestContext, _containerResponseContext);

		assertThat(ServiceContextThreadLocal.getServiceContext()).isNull();
	}

	@Test
	void isAnExtensionOfTheNastavnikApplicationOnly() throws Exception {
		String xml = TestUtil.readResource(
			"OSGI-INF/org.nastavnik.liferay.web.internal.jaxrs.GroupScopeFilter.xml");

		assertThat(xml).contains(
			"xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\"",
			"name=\"osgi.jaxrs.application.select\" type=\"String\" value=\"(osgi.jaxrs.name=nastavnik)\"",
			"name=\"osgi.jaxrs.extension\" type=\"String\" value=\"true\"",
			"name=\"osgi.jaxrs.name\"",
			"<provide interface=\"javax.ws.rs.container.ContainerRequestFilter\"/>",
			"<provide interface=\"javax.ws.rs.container.ContainerResponseFilter\"/>",
			"interface=\"com.liferay.portal.kernel.service.GroupLocalService\"");
	}

	private Response _aborted() {
		ArgumentCaptor<Response> argumentCaptor = ArgumentCaptor.forClass(Response.class);

		_groupScopeFilter.filter(_containerRequestContext);

		verify(_containerRequestContext, atLeastOnce()).abortWith(argumentCaptor.capture());

		assertThat(ServiceContextThreadLocal.getServiceContext()).isNull();
		assertThat(_properties).isEmpty();

		return argumentCaptor.getValue();
	}

	private static String _body(Response response) {
		return (String)response.getEntity();
	}

	private void _header(String groupId, String acceptLanguage) {
		when(_containerRequestContext.getHeaderString(GroupScopeFilter.HEADER)).thenReturn(groupId);
		when(_containerRequestContext.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).thenReturn(acceptLanguage);
	}

	private static final long _COMPANY_ID = 20097L;

	private static final long _SITE_ID = 30111L;

	private static final long _USER_ID = 20123L;

	private final ContainerRequestContext _containerRequestContext = mock(ContainerRequestContext.class);
	private final ContainerResponseContext _containerResponseContext = mock(ContainerResponseContext.class);
	private final GroupLocalService _groupLocalService = mock(GroupLocalService.class);
	private final GroupScopeFilter _groupScopeFilter = new GroupScopeFilter();
	private final PermissionChecker _permissionChecker = mock(PermissionChecker.class);
	private final Map<String, Object> _properties = new HashMap<>();
	private final SecurityContext _securityContext = mock(SecurityContext.class);
	private final Group _site = mock(Group.class);

}
