package org.nastavnik.liferay.internal.store.pairs;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.OrderFactoryUtil;
import com.liferay.portal.kernel.dao.orm.RestrictionsFactoryUtil;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.nastavnik.failure.ConflictException;
import org.nastavnik.failure.InvalidInputException;
import org.nastavnik.failure.NotFoundException;
import org.nastavnik.liferay.internal.store.Failures;
import org.nastavnik.liferay.internal.store.Paging;
import org.nastavnik.liferay.internal.store.StoreScope;
import org.nastavnik.liferay.internal.transaction.PortalTransactions;
import org.nastavnik.liferay.model.MenteeNeed;
import org.nastavnik.liferay.service.CompetencyLocalService;
import org.nastavnik.liferay.service.MenteeNeedLocalService;
import org.nastavnik.liferay.service.MenteeProfileLocalService;
import org.nastavnik.liferay.service.persistence.MenteeProfilePersistence;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.pairs.MenteeProfile;
import org.nastavnik.pairs.MenteeProfileDraft;
import org.nastavnik.pairs.MenteeQuery;
import org.nastavnik.pairs.MenteeStore;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The mentee registry in {@code Nastavnik_MenteeProfile} and {@code Nastavnik_MenteeNeed}, per
 * site (see {@link StoreScope}). Updates compare the expected version with the row's
 * {@code mvccVersion}, and Hibernate's version check refuses a change made meanwhile.
 */
@Component(service = MenteeStore.class)
public class LiferayMenteeStore implements MenteeStore {

	@Override
	public MenteeProfile add(long userId, MenteeProfileDraft draft) {
		_checkExperience(draft.yearsOfExperience());

		ServiceContext serviceContext = _storeScope.serviceContext();

		return PortalTransactions.required(
			() -> {
				if (_menteeProfileLocalService.fetchMenteeProfile(
						serviceContext.getScopeGroupId(), userId) != null) {

					throw new ConflictException("mentee.exists");
				}

				org.nastavnik.liferay.model.MenteeProfile menteeProfile;

				try {
					menteeProfile = Failures.flushed(
						() -> _menteeProfileLocalService.addMenteeProfile(
							userId, draft.category().name(), draft.yearsOfExperience(),
							draft.organizationId(), serviceContext),
						_menteeProfilePersistence::flush);
				}
				catch (RuntimeException runtimeException) {
					if (Failures.isUniqueViolation(runtimeException)) {
						throw new ConflictException("mentee.exists");
					}

					throw runtimeException;
				}

				_addNeeds(userId, menteeProfile, draft.supportNeeds(), serviceContext);

				return _toMenteeProfile(menteeProfile);
			});
	}

	@Override
	public Optional<MenteeProfile> find(long userId) {
		return Optional.ofNullable(
			_menteeProfileLocalService.fetchMenteeProfile(_storeScope.groupId(), userId)
		).map(
			this::_toMenteeProfile
		);
	}

	@Override
	public Page<MenteeProfile> find(MenteeQuery query, PageRequest pageRequest) {
		long groupId = _storeScope.groupId();

		Page<org.nastavnik.liferay.model.MenteeProfile> page = Paging.page(
			pageRequest,
			(start, end) -> _menteeProfileLocalService.dynamicQuery(
				_dynamicQuery(
					groupId, query
				).addOrder(
					OrderFactoryUtil.asc("menteeProfileId")
				),
				start, end),
			() -> _menteeProfileLocalService.dynamicQueryCount(_dynamicQuery(groupId, query)));

		Map<Long, List<MenteeNeed>> menteeNeeds = _menteeNeeds(
			page.items(
			).stream(
			).mapToLong(
				org.nastavnik.liferay.model.MenteeProfile::getMenteeProfileId
			).toArray());

		return page.map(
			menteeProfile -> MenteeMapping.toMenteeProfile(
				menteeProfile,
				menteeNeeds.getOrDefault(menteeProfile.getMenteeProfileId(), List.of())));
	}

	@Override
	public MenteeProfile update(long userId, MenteeProfileDraft draft, long expectedVersion) {
		_checkExperience(draft.yearsOfExperience());

		ServiceContext serviceContext = _storeScope.serviceContext();

		return PortalTransactions.required(
			() -> {
				org.nastavnik.liferay.model.MenteeProfile menteeProfile =
					_menteeProfileLocalService.fetchMenteeProfile(
						serviceContext.getScopeGroupId(), userId);

				if (menteeProfile == null) {
					throw new NotFoundException("mentee.not-found", userId);
				}

				if (menteeProfile.getMvccVersion() != expectedVersion) {
					throw ConflictException.forField("version", "version.stale");
				}

				menteeProfile.setCategory(draft.category().name());
				menteeProfile.setYearsOfExperience(draft.yearsOfExperience());
				menteeProfile.setOrganizationId(draft.organizationId());

				org.nastavnik.liferay.model.MenteeProfile updatedMenteeProfile =
					Failures.flushed(
						() -> _menteeProfileLocalService.updateMenteeProfile(menteeProfile),
						_menteeProfilePersistence::flush);

				_menteeNeedLocalService.deleteMenteeNeeds(
					updatedMenteeProfile.getMenteeProfileId());

				_addNeeds(userId, updatedMenteeProfile, draft.supportNeeds(), serviceContext);

				return _toMenteeProfile(updatedMenteeProfile);
			});
	}

	private void _addNeeds(
		long userId, org.nastavnik.liferay.model.MenteeProfile menteeProfile,
		List<Long> competencyIds, ServiceContext serviceContext) {

		Set<Long> added = new HashSet<>();

		for (long competencyId : competencyIds) {

			// The JDBC twin's foreign key and unique constraint, which the portal's tables lack.

			if (!added.add(competencyId)) {
				throw InvalidInputException.forField("supportNeeds", "mentee.need.duplicate");
			}

			org.nastavnik.liferay.model.Competency competency =
				_competencyLocalService.fetchCompetency(competencyId);

			if ((competency == null) ||
				(competency.getGroupId() != menteeProfile.getGroupId())) {

				throw NotFoundException.forField(
					"supportNeeds", "competency.not-found", competencyId);
			}

			_menteeNeedLocalService.addMenteeNeed(
				userId, menteeProfile.getMenteeProfileId(), competencyId, serviceContext);
		}
	}

	private void _checkExperience(int yearsOfExperience) {
		if ((yearsOfExperience < 0) || (yearsOfExperience > MenteeProfileDraft.MAX_YEARS)) {
			throw InvalidInputException.forField(
				"yearsOfExperience", "mentee.experience.invalid", MenteeProfileDraft.MAX_YEARS);
		}
	}

	private DynamicQuery _dynamicQuery(long groupId, MenteeQuery query) {
		DynamicQuery dynamicQuery = _menteeProfileLocalService.dynamicQuery();

		dynamicQuery.add(RestrictionsFactoryUtil.eq("groupId", groupId));

		query.category(
		).ifPresent(
			category -> dynamicQuery.add(RestrictionsFactoryUtil.eq("category", category.name()))
		);
		query.organizationId(
		).ifPresent(
			organizationId -> dynamicQuery.add(
				RestrictionsFactoryUtil.eq("organizationId", organizationId))
		);

		return dynamicQuery;
	}

	private Map<Long, List<MenteeNeed>> _menteeNeeds(long[] menteeProfileIds) {
		if (menteeProfileIds.length == 0) {
			return Map.of();
		}

		return _menteeNeedLocalService.getMenteeNeeds(
			menteeProfileIds
		).stream(
		).collect(
			Collectors.groupingBy(MenteeNeed::getMenteeProfileId)
		);
	}

	private MenteeProfile _toMenteeProfile(
		org.nastavnik.liferay.model.MenteeProfile menteeProfile) {

		return MenteeMapping.toMenteeProfile(
			menteeProfile,
			_menteeNeedLocalService.getMenteeNeeds(
				new long[] {menteeProfile.getMenteeProfileId()}));
	}

	@Reference
	private CompetencyLocalService _competencyLocalService;

	@Reference
	private MenteeNeedLocalService _menteeNeedLocalService;

	@Reference
	private MenteeProfileLocalService _menteeProfileLocalService;

	@Reference
	private MenteeProfilePersistence _menteeProfilePersistence;

	@Reference
	private StoreScope _storeScope;

}
