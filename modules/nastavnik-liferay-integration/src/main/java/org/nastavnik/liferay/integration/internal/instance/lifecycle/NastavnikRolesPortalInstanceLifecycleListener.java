package org.nastavnik.liferay.integration.internal.instance.lifecycle;

import com.liferay.portal.instance.lifecycle.BasePortalInstanceLifecycleListener;
import com.liferay.portal.instance.lifecycle.PortalInstanceLifecycleListener;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.Role;
import com.liferay.portal.kernel.model.RoleConstants;
import com.liferay.portal.kernel.service.ResourceActionLocalService;
import com.liferay.portal.kernel.service.ResourcePermissionLocalService;
import com.liferay.portal.kernel.service.RoleLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.TransactionConfig;
import com.liferay.portal.kernel.transaction.TransactionInvokerUtil;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nastavnik.liferay.integration.internal.constants.NastavnikResourceConstants;
import org.nastavnik.pairs.PairActions;
import org.nastavnik.program.ProgramActions;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Gives every portal instance the three Nastavnik roles the first time it starts with this
 * bundle: regular roles with localized titles, granted their actions on {@code org.nastavnik}
 * at company scope (so they hold in every site). The actions are those of the embedded
 * runtime's role matrix for the same roles.
 *
 * <p>A role that already exists is left exactly as it is, grants included: after the first start
 * the roles belong to the administrators, who may rename titles, add or revoke actions. A role
 * and its grants are added in one transaction, so a failed start never leaves a role without its
 * grants (which the next start would not repair).</p>
 */
@Component(service = PortalInstanceLifecycleListener.class)
public class NastavnikRolesPortalInstanceLifecycleListener
	extends BasePortalInstanceLifecycleListener {

	@Override
	public void portalInstanceRegistered(Company company) throws Exception {
		for (NastavnikRole nastavnikRole : NastavnikRole.ALL) {
			if (_roleLocalService.fetchRole(
					company.getCompanyId(), nastavnikRole.name()) != null) {

				continue;
			}

			try {
				TransactionInvokerUtil.invoke(
					_transactionConfig,
					() -> {
						_addRole(company.getCompanyId(), nastavnikRole);

						return null;
					});
			}
			catch (Error | Exception exception) {
				throw exception;
			}
			catch (Throwable throwable) {
				throw new Exception(throwable);
			}
		}
	}

	private void _addRole(long companyId, NastavnikRole nastavnikRole)
		throws Exception {

		// The actions must be known to the portal before they are granted. The extender that
		// reads resource-actions/default.xml may not have reached this bundle yet; checking
		// them is idempotent and keeps whatever it registers.

		_resourceActionLocalService.checkResourceActions(
			NastavnikResourceConstants.RESOURCE_NAME, nastavnikRole.actionIds());

		long guestUserId = _userLocalService.getGuestUserId(companyId);

		ServiceContext serviceContext = new ServiceContext();

		serviceContext.setCompanyId(companyId);
		serviceContext.setUserId(guestUserId);

		Role role = _roleLocalService.addRole(
			guestUserId, null, 0, nastavnikRole.name(),
			nastavnikRole.titleMap(), nastavnikRole.descriptionMap(),
			RoleConstants.TYPE_REGULAR, null, serviceContext);

		for (String actionId : nastavnikRole.actionIds()) {
			_resourcePermissionLocalService.addResourcePermission(
				companyId, NastavnikResourceConstants.RESOURCE_NAME,
				ResourceConstants.SCOPE_COMPANY, String.valueOf(companyId),
				role.getRoleId(), actionId);
		}

		if (_log.isInfoEnabled()) {
			_log.info(
				"Added role " + nastavnikRole.name() + " to company " +
					companyId);
		}
	}

	private static final Log _log = LogFactoryUtil.getLog(
		NastavnikRolesPortalInstanceLifecycleListener.class);

	private static final TransactionConfig _transactionConfig =
		TransactionConfig.Factory.create(
			Propagation.REQUIRED, new Class<?>[] {Exception.class});

	@Reference
	private ResourceActionLocalService _resourceActionLocalService;

	@Reference
	private ResourcePermissionLocalService _resourcePermissionLocalService;

	@Reference
	private RoleLocalService _roleLocalService;

	@Reference
	private UserLocalService _userLocalService;

	/**
	 * A role Nastavnik brings.
	 *
	 * @param name the role name, the same in every language
	 * @param titleMap the localized titles
	 * @param descriptionMap the localized descriptions
	 * @param actionIds the actions granted on {@code org.nastavnik} at company scope
	 */
	record NastavnikRole(
		String name, Map<Locale, String> titleMap,
		Map<Locale, String> descriptionMap, List<String> actionIds) {

		// VIEW_REPORTS, PUBLISH_MATERIAL and MODERATE have no constants in nastavnik-api yet

		static final Locale RU = Locale.forLanguageTag("ru-RU");

		static final List<NastavnikRole> ALL = List.of(
			new NastavnikRole(
				"Nastavnik Curator",
				Map.of(Locale.US, "Mentoring Curator", RU, "Куратор наставничества"),
				Map.of(
					Locale.US,
					"Runs mentoring programs, manages pairs and the mentor bank, sees reports.",
					RU,
					"Ведёт программы наставничества, управляет парами и банком наставников, видит отчёты."),
				List.of(
					ProgramActions.ADD_PROGRAM.name(),
					PairActions.MANAGE_PAIRS.name(),
					PairActions.MANAGE_MENTOR_BANK.name(), "VIEW_REPORTS")),
			new NastavnikRole(
				"Nastavnik Editor",
				Map.of(Locale.US, "Methodological Materials Editor", RU, "Редактор методических материалов"),
				Map.of(
					Locale.US,
					"Publishes methodological materials in the e-library.",
					RU,
					"Публикует методические материалы в электронной библиотеке."),
				List.of("PUBLISH_MATERIAL")),
			new NastavnikRole(
				"Nastavnik Moderator",
				Map.of(Locale.US, "Community Moderator", RU, "Модератор сообществ"),
				Map.of(
					Locale.US,
					"Moderates the professional communities: hides and restores posts, bans members.",
					RU,
					"Модерирует профессиональные сообщества: скрывает и восстанавливает сообщения, блокирует участников."),
				List.of("MODERATE")));

		NastavnikRole {
			titleMap = Map.copyOf(titleMap);
			descriptionMap = Map.copyOf(descriptionMap);
			actionIds = List.copyOf(actionIds);
		}

	}

}
