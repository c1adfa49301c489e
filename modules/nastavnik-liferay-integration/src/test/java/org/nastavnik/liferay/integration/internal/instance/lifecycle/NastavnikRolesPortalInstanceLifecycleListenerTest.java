package org.nastavnik.liferay.integration.internal.instance.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.RoleConstants;
import com.liferay.portal.kernel.service.ResourceActionLocalService;
import com.liferay.portal.kernel.service.ResourcePermissionLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.transaction.TransactionConfig;
import com.liferay.portal.kernel.transaction.TransactionInvoker;
import com.liferay.portal.kernel.transaction.TransactionInvokerUtil;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class NastavnikRolesPortalInstanceLifecycleListenerTest {

	@BeforeEach
	void setUp() throws Exception {
		new TransactionInvokerUtil().setTransactionInvoker(
			new TransactionInvoker() {

				@Override
				public <T> T invoke(
						TransactionConfig transactionConfig, Callable<T> callable)
					throws Throwable {

					_transactions++;

					return callable.call();
				}

			});

		lenient().when(_company.getCompanyId()).thenReturn(_COMPANY_ID);
		lenient().when(_userLocalService.getGuestUserId(_COMPANY_ID)).thenReturn(_GUEST_USER_ID);
	}

	@AfterEach
	void tearDown() {
		new TransactionInvokerUtil().setTransactionInvoker(null);
	}

	@Test
	void missingRolesAreAddedWithTheirGrantsAtCompanyScope() throws Exception {
		Map<String, Long> roleIds = new HashMap<>();

		when(
			_roleLocalService.addRole(
				eq(_GUEST_USER_ID), isNull(), eq(0L), anyString(), anyMap(), anyMap(),
				eq(RoleConstants.TYPE_REGULAR), isNull(), any(ServiceContext.class))
		).thenAnswer(
			invocation -> {
				Role role = mock(Role.class);
				long roleId = 1000 + roleIds.size();

				roleIds.put(invocation.getArgument(3), roleId);
				when(role.getRoleId()).thenReturn(roleId);

				return role;
			}
		);

		_listener.portalInstanceRegistered(_company);

		assertThat(
			roleIds
		).containsOnlyKeys(
			"Nastavnik Curator", "Nastavnik Editor", "Nastavnik Moderator"
		);
		assertThat(_transactions).isEqualTo(3);

		for (Map.Entry<String, Set<String>> entry : _embeddedMatrix().entrySet()) {
			for (String actionId : entry.getValue()) {
				verify(_resourcePermissionLocalService).addResourcePermission(
					_COMPANY_ID, "org.nastavnik", ResourceConstants.SCOPE_COMPANY,
					String.valueOf(_COMPANY_ID), roleIds.get(entry.getKey()), actionId);
			}
		}

		verify(_resourceActionLocalService).checkResourceActions(
			"org.nastavnik",
			List.of("ADD_PROGRAM", "MANAGE_PAIRS", "MANAGE_MENTOR_BANK", "VIEW_REPORTS"));
	}

	@Test
	void titlesAndDescriptionsAreInRussianAndEnglish() throws Exception {
		ArgumentCaptor<Map<Locale, String>> titleMaps = _mapCaptor();
		ArgumentCaptor<Map<Locale, String>> descriptionMaps = _mapCaptor();

		Role role = mock(Role.class);

		when(
			_roleLocalService.addRole(
				anyLong(), isNull(), anyLong(), anyString(), titleMaps.capture(),
				descriptionMaps.capture(), anyInt(), isNull(), any(ServiceContext.class))
		).thenReturn(
			role
		);

		_listener.portalInstanceRegistered(_company);

		List<Map<Locale, String>> maps = new ArrayList<>(titleMaps.getAllValues());

		maps.addAll(descriptionMaps.getAllValues());

		assertThat(maps).hasSize(6);

		for (Map<Locale, String> map : maps) {
			assertThat(map).containsOnlyKeys(Locale.US, Locale.forLanguageTag("ru-RU"));
			assertThat(map.values()).allSatisfy(value -> assertThat(value).isNotBlank());
		}

		assertThat(
			titleMaps.getAllValues()
		).extracting(
			map -> map.get(Locale.forLanguageTag("ru-RU"))
		).containsExactly(
			"Куратор наставничества", "Редактор методических материалов",
			"Модератор сообществ"
		);
	}

	@Test
	void existingRolesAreLeftAsTheAdministratorsMadeThem() throws Exception {
		when(
			_roleLocalService.fetchRole(eq(_COMPANY_ID), anyString())
		).thenReturn(
			mock(Role.class)
		);

		_listener.portalInstanceRegistered(_company);

		verify(_roleLocalService, never()).addRole(
			anyLong(), any(), anyLong(), anyString(), anyMap(), anyMap(), anyInt(), any(),
			any());
		verifyNoInteractions(_resourcePermissionLocalService, _resourceActionLocalService);
		assertThat(_transactions).isZero();
	}

	@Test
	void onlyTheMissingRoleIsAdded() throws Exception {
		when(
			_roleLocalService.fetchRole(eq(_COMPANY_ID), anyString())
		).thenAnswer(
			invocation -> "Nastavnik Editor".equals(invocation.getArgument(1)) ? null :
				mock(Role.class)
		);

		Role role = mock(Role.class);

		when(role.getRoleId()).thenReturn(77L);
		when(
			_roleLocalService.addRole(
				anyLong(), isNull(), anyLong(), eq("Nastavnik Editor"), anyMap(), anyMap(),
				anyInt(), isNull(), any(ServiceContext.class))
		).thenReturn(
			role
		);

		_listener.portalInstanceRegistered(_company);

		verify(_resourcePermissionLocalService).addResourcePermission(
			_COMPANY_ID, "org.nastavnik", ResourceConstants.SCOPE_COMPANY,
			String.valueOf(_COMPANY_ID), 77L, "PUBLISH_MATERIAL");
		assertThat(_transactions).isEqualTo(1);
	}

	@Test
	void aFailedGrantFailsTheWholeTransaction() throws Exception {
		Role role = mock(Role.class);

		when(
			_roleLocalService.addRole(
				anyLong(), isNull(), anyLong(), anyString(), anyMap(), anyMap(), anyInt(),
				isNull(), any(ServiceContext.class))
		).thenReturn(
			role
		);

		IllegalStateException failure = new IllegalStateException("database down");

		doThrow(
			failure
		).when(
			_resourcePermissionLocalService
		).addResourcePermission(
			anyLong(), anyString(), anyInt(), anyString(), anyLong(), anyString()
		);

		assertThatThrownBy(
			() -> _listener.portalInstanceRegistered(_company)
		).isSameAs(
			failure
		);
	}

	/**
	 * The embedded runtime's role matrix is the reference: the portal roles hold the same
	 * actions as the embedded roles of the same meaning.
	 */
	private static Map<String, Set<String>> _embeddedMatrix() throws Exception {
		Properties properties = new Properties();

		// Read from the embedded module's sources rather than depending on that adapter

		Path path = Path.of(
			System.getProperty("basedir", "."),
			"../nastavnik-embedded/src/main/resources/org/nastavnik/embedded/access" +
				"/role-matrix.properties");

		assertThat(path).exists();

		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}

		Map<String, Set<String>> matrix = new HashMap<>();

		for (String role : List.of("curator", "editor", "moderator")) {
			matrix.put(
				"Nastavnik " + Character.toUpperCase(role.charAt(0)) + role.substring(1),
				Arrays.stream(
					properties.getProperty(role).split(",")
				).map(
					String::strip
				).collect(
					Collectors.toSet()
				));
		}

		return matrix;
	}

	@SuppressWarnings({"rawtypes", "unchecked"})
	private static ArgumentCaptor<Map<Locale, String>> _mapCaptor() {
		return (ArgumentCaptor)ArgumentCaptor.forClass(Map.class);
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _GUEST_USER_ID = 20100;

	@Mock
	private Company _company;

	@InjectMocks
	private NastavnikRolesPortalInstanceLifecycleListener _listener;

	@Mock
	private ResourceActionLocalService _resourceActionLocalService;

	@Mock
	private ResourcePermissionLocalService _resourcePermissionLocalService;

	@Mock
	private RoleLocalService _roleLocalService;

	private int _transactions;

	@Mock
	private UserLocalService _userLocalService;

}
