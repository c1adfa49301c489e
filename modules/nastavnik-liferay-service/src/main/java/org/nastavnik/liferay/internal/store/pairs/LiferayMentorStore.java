package org.nastavnik.liferay.internal.store.pairs;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.OrderFactoryUtil;
import com.liferay.portal.kernel.dao.orm.ProjectionFactoryUtil;
import com.liferay.portal.kernel.dao.orm.PropertyFactoryUtil;
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
import org.nastavnik.liferay.model.MentorStrength;
import org.nastavnik.liferay.service.CompetencyLocalService;
import org.nastavnik.liferay.service.MentorProfileLocalService;
import org.nastavnik.liferay.service.MentorStrengthLocalService;
import org.nastavnik.liferay.service.persistence.MentorProfilePersistence;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.pairs.MeetingFormat;
import org.nastavnik.pairs.MentorProfile;
import org.nastavnik.pairs.MentorProfileDraft;
import org.nastavnik.pairs.MentorQuery;
import org.nastavnik.pairs.MentorStore;
import org.nastavnik.pairs.Strength;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The mentor bank in {@code Nastavnik_MentorProfile} and {@code Nastavnik_MentorStrength}, per
 * site (see {@link StoreScope}).
 *
 * <p><b>Capacity under concurrency.</b> The portal's tables have no CHECK constraint, so
 * {@link #reserveSlots} is a version-checked update of the profile row: it reads the row, checks
 * {@code reservedSlots + slots <= capacity}, writes the new count through persistence and
 * flushes at once. Hibernate writes {@code UPDATE … WHERE mentorProfileId = ? AND mvccVersion =
 * ?} with the version it read; if another transaction reserved (or edited) meanwhile, no row
 * matches and the reservation fails, so two reservations can never both pass the check against
 * the same count. The loser is not retried here: after a failed flush the portal's Hibernate
 * session, and with it the caller's transaction, can only roll back, so a retry has to be a new
 * request. It is reported as {@link ConflictException} on field {@code version} (409, "try
 * again"), while {@code false} means the row read says the mentor is full.</p>
 *
 * <p>Unlike the JDBC twin, where reserving leaves the version alone, every reservation and
 * release here is a change of the row and increments {@code mvccVersion}: an edit of the profile
 * made on a version read before a reservation is refused as stale.</p>
 */
@Component(service = MentorStore.class)
public class LiferayMentorStore implements MentorStore {

	@Override
	public MentorProfile add(long userId, MentorProfileDraft draft) {
		_checkCapacity(draft.capacity());

		ServiceContext serviceContext = _storeScope.serviceContext();

		return PortalTransactions.required(
			() -> {
				if (_mentorProfileLocalService.fetchMentorProfile(
						serviceContext.getScopeGroupId(), userId) != null) {

					throw new ConflictException("mentor.exists");
				}

				org.nastavnik.liferay.model.MentorProfile mentorProfile;

				try {
					mentorProfile = Failures.flushed(
						() -> _mentorProfileLocalService.addMentorProfile(
							userId, draft.capacity(), MentorMapping.toFormats(draft.formats()),
							draft.bio(), serviceContext),
						_mentorProfilePersistence::flush);
				}
				catch (RuntimeException runtimeException) {
					if (Failures.isUniqueViolation(runtimeException)) {
						throw new ConflictException("mentor.exists");
					}

					throw runtimeException;
				}

				_addStrengths(userId, mentorProfile, draft.strengths(), serviceContext);

				return _toMentorProfile(mentorProfile);
			});
	}

	@Override
	public Optional<MentorProfile> find(long userId) {
		return Optional.ofNullable(
			_mentorProfileLocalService.fetchMentorProfile(_storeScope.groupId(), userId)
		).map(
			this::_toMentorProfile
		);
	}

	@Override
	public Page<MentorProfile> find(MentorQuery query, PageRequest pageRequest) {
		long groupId = _storeScope.groupId();

		Page<org.nastavnik.liferay.model.MentorProfile> page = Paging.page(
			pageRequest,
			(start, end) -> _mentorProfileLocalService.dynamicQuery(
				_dynamicQuery(
					groupId, query
				).addOrder(
					OrderFactoryUtil.asc("mentorProfileId")
				),
				start, end),
			() -> _mentorProfileLocalService.dynamicQueryCount(_dynamicQuery(groupId, query)));

		Map<Long, List<MentorStrength>> mentorStrengths = _mentorStrengths(
			page.items(
			).stream(
			).mapToLong(
				org.nastavnik.liferay.model.MentorProfile::getMentorProfileId
			).toArray());

		return page.map(
			mentorProfile -> MentorMapping.toMentorProfile(
				mentorProfile,
				mentorStrengths.getOrDefault(mentorProfile.getMentorProfileId(), List.of())));
	}

	@Override
	public void releaseSlots(long userId, int slots) {
		_requirePositive(slots);

		PortalTransactions.required(
			() -> {
				org.nastavnik.liferay.model.MentorProfile mentorProfile = _getMentorProfile(
					userId);

				if (mentorProfile.getReservedSlots() < slots) {
					throw new IllegalStateException(
						"Mentor " + userId + " holds " + mentorProfile.getReservedSlots() +
							" places, fewer than " + slots + " to release");
				}

				mentorProfile.setReservedSlots(mentorProfile.getReservedSlots() - slots);

				return _update(mentorProfile);
			});
	}

	@Override
	public boolean reserveSlots(long userId, int slots) {
		_requirePositive(slots);

		return PortalTransactions.required(
			() -> {
				org.nastavnik.liferay.model.MentorProfile mentorProfile = _getMentorProfile(
					userId);

				if ((mentorProfile.getReservedSlots() + slots) > mentorProfile.getCapacity()) {
					return false;
				}

				mentorProfile.setReservedSlots(mentorProfile.getReservedSlots() + slots);

				_update(mentorProfile);

				return true;
			});
	}

	@Override
	public MentorProfile update(long userId, MentorProfileDraft draft, long expectedVersion) {
		_checkCapacity(draft.capacity());

		ServiceContext serviceContext = _storeScope.serviceContext();

		return PortalTransactions.required(
			() -> {
				org.nastavnik.liferay.model.MentorProfile mentorProfile = _getMentorProfile(
					userId);

				if (mentorProfile.getMvccVersion() != expectedVersion) {
					throw ConflictException.forField("version", "version.stale");
				}

				if (draft.capacity() < mentorProfile.getReservedSlots()) {
					throw ConflictException.forField(
						"capacity", "mentor.capacity.below-reserved",
						mentorProfile.getReservedSlots());
				}

				mentorProfile.setCapacity(draft.capacity());
				mentorProfile.setFormats(MentorMapping.toFormats(draft.formats()));
				mentorProfile.setBio(draft.bio());

				mentorProfile = _update(mentorProfile);

				_mentorStrengthLocalService.deleteMentorStrengths(
					mentorProfile.getMentorProfileId());

				_addStrengths(userId, mentorProfile, draft.strengths(), serviceContext);

				return _toMentorProfile(mentorProfile);
			});
	}

	private void _addStrengths(
		long userId, org.nastavnik.liferay.model.MentorProfile mentorProfile,
		List<Strength> strengths, ServiceContext serviceContext) {

		Set<Long> competencyIds = new HashSet<>();

		for (Strength strength : strengths) {

			// The JDBC twin's foreign key and unique constraint, which the portal's tables lack.

			if (!competencyIds.add(strength.competencyId())) {
				throw InvalidInputException.forField("strengths", "mentor.strength.duplicate");
			}

			org.nastavnik.liferay.model.Competency competency =
				_competencyLocalService.fetchCompetency(strength.competencyId());

			if ((competency == null) ||
				(competency.getGroupId() != mentorProfile.getGroupId())) {

				throw NotFoundException.forField(
					"strengths", "competency.not-found", strength.competencyId());
			}

			_mentorStrengthLocalService.addMentorStrength(
				userId, mentorProfile.getMentorProfileId(), strength.competencyId(),
				strength.level(), serviceContext);
		}
	}

	private void _checkCapacity(int capacity) {
		if ((capacity < MentorProfileDraft.MIN_CAPACITY) ||
			(capacity > MentorProfileDraft.MAX_CAPACITY)) {

			throw InvalidInputException.forField(
				"capacity", "mentor.capacity.invalid", MentorProfileDraft.MIN_CAPACITY,
				MentorProfileDraft.MAX_CAPACITY);
		}
	}

	private DynamicQuery _dynamicQuery(long groupId, MentorQuery query) {
		DynamicQuery dynamicQuery = _mentorProfileLocalService.dynamicQuery();

		dynamicQuery.add(RestrictionsFactoryUtil.eq("groupId", groupId));

		query.competencyId(
		).ifPresent(
			competencyId -> {
				DynamicQuery strengthDynamicQuery =
					_mentorStrengthLocalService.dynamicQuery();

				strengthDynamicQuery.add(RestrictionsFactoryUtil.eq("competencyId", competencyId));
				strengthDynamicQuery.setProjection(
					ProjectionFactoryUtil.property("mentorProfileId"));

				dynamicQuery.add(
					PropertyFactoryUtil.forName(
						"mentorProfileId"
					).in(
						strengthDynamicQuery
					));
			}
		);
		query.format(
		).ifPresent(
			format -> dynamicQuery.add(_hasFormat(format))
		);

		if (query.withFreeSlots()) {
			dynamicQuery.add(PropertyFactoryUtil.forName("reservedSlots").ltProperty("capacity"));
		}

		return dynamicQuery;
	}

	private org.nastavnik.liferay.model.MentorProfile _getMentorProfile(long userId) {
		org.nastavnik.liferay.model.MentorProfile mentorProfile =
			_mentorProfileLocalService.fetchMentorProfile(_storeScope.groupId(), userId);

		if (mentorProfile == null) {
			throw new NotFoundException("mentor.not-found", userId);
		}

		return mentorProfile;
	}

	private com.liferay.portal.kernel.dao.orm.Criterion _hasFormat(MeetingFormat format) {

		// The formats column is a sorted, comma-joined list: the name alone, first, last or
		// in the middle.

		String name = format.name();

		return RestrictionsFactoryUtil.or(
			RestrictionsFactoryUtil.or(
				RestrictionsFactoryUtil.eq("formats", name),
				RestrictionsFactoryUtil.like("formats", name + ",%")),
			RestrictionsFactoryUtil.or(
				RestrictionsFactoryUtil.like("formats", "%," + name),
				RestrictionsFactoryUtil.like("formats", "%," + name + ",%")));
	}

	private Map<Long, List<MentorStrength>> _mentorStrengths(long[] mentorProfileIds) {
		if (mentorProfileIds.length == 0) {
			return Map.of();
		}

		return _mentorStrengthLocalService.getMentorStrengths(
			mentorProfileIds
		).stream(
		).collect(
			Collectors.groupingBy(MentorStrength::getMentorProfileId)
		);
	}

	private void _requirePositive(int slots) {
		if (slots < 1) {
			throw new IllegalArgumentException("Places come one or more at a time: " + slots);
		}
	}

	private MentorProfile _toMentorProfile(
		org.nastavnik.liferay.model.MentorProfile mentorProfile) {

		return MentorMapping.toMentorProfile(
			mentorProfile,
			_mentorStrengthLocalService.getMentorStrengths(
				new long[] {mentorProfile.getMentorProfileId()}));
	}

	private org.nastavnik.liferay.model.MentorProfile _update(
		org.nastavnik.liferay.model.MentorProfile mentorProfile) {

		return Failures.flushed(
			() -> _mentorProfileLocalService.updateMentorProfile(mentorProfile),
			_mentorProfilePersistence::flush);
	}

	@Reference
	private CompetencyLocalService _competencyLocalService;

	@Reference
	private MentorProfileLocalService _mentorProfileLocalService;

	@Reference
	private MentorProfilePersistence _mentorProfilePersistence;

	@Reference
	private MentorStrengthLocalService _mentorStrengthLocalService;

	@Reference
	private StoreScope _storeScope;

}
