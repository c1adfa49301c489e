package org.nastavnik.liferay.integration.internal.directory;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.RestrictionsFactoryUtil;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.model.OrganizationConstants;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.auth.CompanyThreadLocal;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.text.Collator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

import org.nastavnik.directory.Directory;
import org.nastavnik.directory.Organization;
import org.nastavnik.directory.OrganizationKind;
import org.nastavnik.directory.Person;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The directory on the portal's users and organizations. Only active users of the current
 * portal instance ({@link CompanyThreadLocal}) are people, never the guest user; only that
 * instance's organizations are organizations. A person's organizations are the user's
 * organizations, and an organization's kind follows its portal type through
 * {@link LiferayDirectoryConfiguration}.
 */
@Component(
	configurationPid = "org.nastavnik.liferay.integration.directory",
	service = Directory.class
)
@Designate(ocd = LiferayDirectoryConfiguration.class)
public class LiferayDirectory implements Directory {

	@Override
	public Optional<Organization> organization(long organizationId) {
		com.liferay.portal.kernel.model.Organization organization =
			_organizationLocalService.fetchOrganization(organizationId);

		if ((organization == null) ||
			(organization.getCompanyId() != _companyIdSupplier.getAsLong())) {

			return Optional.empty();
		}

		return Optional.of(_toOrganization(organization));
	}

	@Override
	public List<Organization> organizations() {
		Collator collator = Collator.getInstance(Locale.forLanguageTag("ru"));

		// ANY_PARENT_ORGANIZATION_ID: every organization of the instance, not only top-level ones

		return _organizationLocalService.getOrganizations(
			_companyIdSupplier.getAsLong(),
			OrganizationConstants.ANY_PARENT_ORGANIZATION_ID
		).stream(
		).map(
			this::_toOrganization
		).sorted(
			Comparator.comparing(Organization::name, collator)
		).toList();
	}

	@Override
	public Map<Long, Person> people(Collection<Long> userIds) {
		Set<Long> distinctUserIds = new LinkedHashSet<>(userIds);

		distinctUserIds.remove(null);

		if (distinctUserIds.isEmpty()) {
			return Map.of();
		}

		long companyId = _companyIdSupplier.getAsLong();

		Map<Long, User> users = new LinkedHashMap<>();

		// UserLocalService has no lookup by many IDs; a dynamic query reads each chunk in one
		// statement, and chunks keep the IN list within every database's limits

		List<Long> chunk = new ArrayList<>(_CHUNK_SIZE);

		for (Long userId : distinctUserIds) {
			chunk.add(userId);

			if (chunk.size() == _CHUNK_SIZE) {
				_addUsers(companyId, chunk, users);

				chunk.clear();
			}
		}

		if (!chunk.isEmpty()) {
			_addUsers(companyId, chunk, users);
		}

		Map<Long, Person> people = new LinkedHashMap<>();

		for (Long userId : distinctUserIds) {
			User user = users.get(userId);

			if (_isPerson(user, companyId)) {
				people.put(userId, _toPerson(user));
			}
		}

		return people;
	}

	@Override
	public Optional<Person> person(long userId) {
		User user = _userLocalService.fetchUser(userId);

		if (!_isPerson(user, _companyIdSupplier.getAsLong())) {
			return Optional.empty();
		}

		return Optional.of(_toPerson(user));
	}

	@Activate
	@Modified
	protected void activate(
		LiferayDirectoryConfiguration liferayDirectoryConfiguration) {

		_organizationKindMapping = new OrganizationKindMapping(
			liferayDirectoryConfiguration.kindergartenTypes(),
			liferayDirectoryConfiguration.schoolTypes());
	}

	private void _addUsers(
		long companyId, List<Long> userIds, Map<Long, User> users) {

		DynamicQuery dynamicQuery = _userLocalService.dynamicQuery();

		dynamicQuery.add(RestrictionsFactoryUtil.eq("companyId", companyId));
		dynamicQuery.add(RestrictionsFactoryUtil.in("userId", userIds));

		List<User> foundUsers = _userLocalService.dynamicQuery(dynamicQuery);

		for (User user : foundUsers) {
			users.put(user.getUserId(), user);
		}
	}

	private boolean _isPerson(User user, long companyId) {
		if ((user == null) || (user.getCompanyId() != companyId) ||
			user.isGuestUser() || !user.isActive()) {

			return false;
		}

		return true;
	}

	private Organization _toOrganization(
		com.liferay.portal.kernel.model.Organization organization) {

		OrganizationKind organizationKind = _organizationKindMapping.kind(
			organization.getType());

		return new Organization(
			organization.getOrganizationId(), organization.getName(),
			organizationKind);
	}

	private Person _toPerson(User user) {
		List<Long> organizationIds = new ArrayList<>();

		try {
			for (long organizationId : user.getOrganizationIds()) {
				organizationIds.add(organizationId);
			}
		}
		catch (PortalException portalException) {

			// A person without their organizations is still a person; the lookup only fails
			// when the database does

			_log.error(
				"Unable to get the organizations of user " + user.getUserId(),
				portalException);
		}

		return new Person(
			user.getUserId(), user.getScreenName(), user.getFullName(),
			user.getEmailAddress(), user.getJobTitle(), organizationIds);
	}

	private static final int _CHUNK_SIZE = 500;

	private static final Log _log = LogFactoryUtil.getLog(
		LiferayDirectory.class);

	// A seam for tests: setting CompanyThreadLocal outside a portal reaches into DB partitions

	LongSupplier _companyIdSupplier = CompanyThreadLocal::getCompanyId;

	private volatile OrganizationKindMapping _organizationKindMapping =
		new OrganizationKindMapping(
			new String[] {"kindergarten"}, new String[] {"school"});

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private UserLocalService _userLocalService;

}
