package org.nastavnik.liferay.internal.store.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.nastavnik.failure.ConflictException;
import org.nastavnik.failure.NotFoundException;
import org.nastavnik.liferay.internal.PortalStubs;
import org.nastavnik.liferay.internal.store.StoreScope;
import org.nastavnik.liferay.model.Competency;
import org.nastavnik.liferay.model.MentorStrength;
import org.nastavnik.liferay.model.impl.CompetencyImpl;
import org.nastavnik.liferay.model.impl.MentorProfileImpl;
import org.nastavnik.liferay.model.impl.MentorStrengthImpl;
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
import org.nastavnik.pairs.Strength;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
public class LiferayMentorStoreTest {

	@BeforeEach
	public void setUp() {
		PortalStubs.installTransactions();
		PortalStubs.installOrmFactories();

		_serviceContext = PortalStubs.serviceContext(_GROUP_ID, 1);

		when(_storeScope.groupId()).thenReturn(_GROUP_ID);
		when(_storeScope.serviceContext()).thenReturn(_serviceContext);

		// Persistence increments mvccVersion on each update, as Hibernate's version does.

		when(
			_mentorProfileLocalService.updateMentorProfile(any())
		).thenAnswer(
			invocation -> {
				org.nastavnik.liferay.model.MentorProfile mentorProfile =
					invocation.getArgument(0);

				mentorProfile.setMvccVersion(mentorProfile.getMvccVersion() + 1);

				return mentorProfile;
			}
		);

		Competency competency = new CompetencyImpl();

		competency.setCompetencyId(7);
		competency.setGroupId(_GROUP_ID);

		when(_competencyLocalService.fetchCompetency(7)).thenReturn(competency);
	}

	@Test
	public void addsProfileAtVersionOneWithItsStrengthsInTheSite() {
		MentorProfileImpl stored = _mentorProfile(10, 3, 0, 1);

		when(
			_mentorProfileLocalService.addMentorProfile(
				10, 3, "IN_PERSON,ONLINE", "Учитель", _serviceContext)
		).thenReturn(
			stored
		);
		when(
			_mentorStrengthLocalService.getMentorStrengths(new long[] {100})
		).thenReturn(
			List.of(_mentorStrength(100, 7, 4))
		);

		MentorProfile mentorProfile = _mentorStore.add(
			10,
			new MentorProfileDraft(
				List.of(new Strength(7, 4)), 3,
				Set.of(MeetingFormat.ONLINE, MeetingFormat.IN_PERSON), "Учитель"));

		assertThat(
			mentorProfile
		).isEqualTo(
			new MentorProfile(
				10, List.of(new Strength(7, 4)), 3,
				Set.of(MeetingFormat.ONLINE, MeetingFormat.IN_PERSON), "Учитель", 0, 1)
		);
		verify(_mentorStrengthLocalService).addMentorStrength(10, 100, 7, 4, _serviceContext);
		verify(_mentorProfilePersistence).flush();
	}

	@Test
	public void refusesSecondProfileAndStrengthInUnknownCompetency() {
		when(
			_mentorProfileLocalService.fetchMentorProfile(_GROUP_ID, 10)
		).thenReturn(
			_mentorProfile(10, 3, 0, 1)
		);

		assertThatThrownBy(
			() -> _mentorStore.add(10, _draft(3))
		).isInstanceOfSatisfying(
			ConflictException.class,
			exception -> assertThat(exception.messageKey()).isEqualTo("mentor.exists")
		);

		when(
			_mentorProfileLocalService.addMentorProfile(
				eq(11L), anyInt(), anyString(), anyString(), any(ServiceContext.class))
		).thenReturn(
			_mentorProfile(11, 3, 0, 1)
		);

		assertThatThrownBy(
			() -> _mentorStore.add(
				11,
				new MentorProfileDraft(
					List.of(new Strength(99, 2)), 3, Set.of(MeetingFormat.ONLINE), ""))
		).isInstanceOfSatisfying(
			NotFoundException.class,
			exception -> {
				assertThat(exception.messageKey()).isEqualTo("competency.not-found");
				assertThat(exception.field()).contains("strengths");
			}
		);
	}

	@Test
	public void updatesProfileOnItsVersionAndReplacesStrengths() {
		MentorProfileImpl stored = _mentorProfile(10, 3, 1, 1);

		when(_mentorProfileLocalService.fetchMentorProfile(_GROUP_ID, 10)).thenReturn(stored);

		MentorProfile updated = _mentorStore.update(
			10,
			new MentorProfileDraft(
				List.of(new Strength(7, 5)), 5, Set.of(MeetingFormat.IN_PERSON), "Новый"),
			1);

		assertThat(updated.version()).isEqualTo(2);
		assertThat(updated.capacity()).isEqualTo(5);
		assertThat(updated.formats()).containsExactly(MeetingFormat.IN_PERSON);
		assertThat(updated.bio()).isEqualTo("Новый");
		assertThat(updated.reservedSlots()).isEqualTo(1);
		verify(_mentorStrengthLocalService).deleteMentorStrengths(100);
		verify(_mentorStrengthLocalService).addMentorStrength(10, 100, 7, 5, _serviceContext);
	}

	@Test
	public void refusesUpdateOnStaleVersionBelowReservedAndOfUnknownMentor() {
		when(
			_mentorProfileLocalService.fetchMentorProfile(_GROUP_ID, 10)
		).thenReturn(
			_mentorProfile(10, 5, 3, 2)
		);

		_assertConflict(() -> _mentorStore.update(10, _draft(5), 1), "version.stale", "version");
		_assertConflict(
			() -> _mentorStore.update(10, _draft(2), 2), "mentor.capacity.below-reserved",
			"capacity");

		assertThatThrownBy(
			() -> _mentorStore.update(11, _draft(5), 1)
		).isInstanceOf(
			NotFoundException.class
		);
		verify(_mentorProfileLocalService, never()).updateMentorProfile(any());
	}

	@Test
	public void reportsAChangeMadeMeanwhileAsStale() {
		when(
			_mentorProfileLocalService.fetchMentorProfile(_GROUP_ID, 10)
		).thenReturn(
			_mentorProfile(10, 3, 0, 1)
		);
		doThrow(
			PortalStubs.staleObjectStateFailure()
		).when(
			_mentorProfilePersistence
		).flush();

		_assertConflict(() -> _mentorStore.update(10, _draft(3), 1), "version.stale", "version");
		_assertConflict(() -> _mentorStore.reserveSlots(10, 1), "version.stale", "version");
	}

	@Test
	public void reservesOnlyWithinCapacityThroughAVersionCheckedUpdate() {
		MentorProfileImpl stored = _mentorProfile(10, 3, 0, 1);

		when(_mentorProfileLocalService.fetchMentorProfile(_GROUP_ID, 10)).thenReturn(stored);

		assertThat(_mentorStore.reserveSlots(10, 2)).isTrue();
		assertThat(_mentorStore.reserveSlots(10, 2)).isFalse();
		assertThat(_mentorStore.reserveSlots(10, 1)).isTrue();
		assertThat(_mentorStore.reserveSlots(10, 1)).isFalse();

		assertThat(stored.getReservedSlots()).isEqualTo(3);
		assertThat(stored.getMvccVersion()).isEqualTo(3);
		verify(_mentorProfileLocalService, org.mockito.Mockito.times(2)).updateMentorProfile(
			stored);
		verify(_mentorProfilePersistence, org.mockito.Mockito.times(2)).flush();

		assertThatThrownBy(
			() -> _mentorStore.reserveSlots(99, 1)
		).isInstanceOf(
			NotFoundException.class
		);
		assertThatThrownBy(
			() -> _mentorStore.reserveSlots(10, 0)
		).isInstanceOf(
			IllegalArgumentException.class
		);
	}

	@Test
	public void releasesReservedPlacesButNotMoreThanHeld() {
		MentorProfileImpl stored = _mentorProfile(10, 3, 3, 1);

		when(_mentorProfileLocalService.fetchMentorProfile(_GROUP_ID, 10)).thenReturn(stored);

		_mentorStore.releaseSlots(10, 2);

		assertThat(stored.getReservedSlots()).isEqualTo(1);
		assertThatThrownBy(
			() -> _mentorStore.releaseSlots(10, 2)
		).isInstanceOf(
			IllegalStateException.class
		);
		assertThat(stored.getReservedSlots()).isEqualTo(1);
	}

	@Test
	public void pagesMentorsOfTheSiteWithStrengthsAndTotal() {
		DynamicQuery dynamicQuery = PortalStubs.dynamicQuery();

		when(_mentorProfileLocalService.dynamicQuery()).thenReturn(dynamicQuery);
		when(_mentorStrengthLocalService.dynamicQuery()).thenReturn(PortalStubs.dynamicQuery());
		when(
			_mentorProfileLocalService.<org.nastavnik.liferay.model.MentorProfile>dynamicQuery(
				dynamicQuery, 2, 4)
		).thenReturn(
			List.of(_mentorProfile(12, 2, 0, 1))
		);
		when(_mentorProfileLocalService.dynamicQueryCount(dynamicQuery)).thenReturn(5L);
		when(
			_mentorStrengthLocalService.getMentorStrengths(new long[] {100})
		).thenReturn(
			List.of(_mentorStrength(100, 7, 2))
		);

		Page<MentorProfile> page = _mentorStore.find(
			new MentorQuery(Optional.of(7L), Optional.of(MeetingFormat.ONLINE), true),
			new PageRequest(2, 2));

		assertThat(page.total()).isEqualTo(5);
		assertThat(page.items()).extracting(MentorProfile::userId).containsExactly(12L);
		assertThat(page.items().get(0).strengths()).containsExactly(new Strength(7, 2));
		verify(_mentorProfileLocalService).dynamicQuery(dynamicQuery, 2, 4);

		// Once for the page, once for its count: the competency is a subquery of both.

		verify(_mentorStrengthLocalService, org.mockito.Mockito.times(2)).dynamicQuery();
	}

	private void _assertConflict(Runnable work, String messageKey, String field) {
		assertThatThrownBy(
			work::run
		).isInstanceOfSatisfying(
			ConflictException.class,
			exception -> {
				assertThat(exception.messageKey()).isEqualTo(messageKey);
				assertThat(exception.field()).contains(field);
			}
		);
	}

	private MentorProfileDraft _draft(int capacity) {
		return new MentorProfileDraft(List.of(), capacity, Set.of(MeetingFormat.ONLINE), "");
	}

	private MentorProfileImpl _mentorProfile(
		long userId, int capacity, int reservedSlots, long mvccVersion) {

		MentorProfileImpl mentorProfile = new MentorProfileImpl();

		mentorProfile.setMentorProfileId(100);
		mentorProfile.setGroupId(_GROUP_ID);
		mentorProfile.setUserId(userId);
		mentorProfile.setCapacity(capacity);
		mentorProfile.setReservedSlots(reservedSlots);
		mentorProfile.setFormats("IN_PERSON,ONLINE");
		mentorProfile.setBio("Учитель");
		mentorProfile.setMvccVersion(mvccVersion);

		return mentorProfile;
	}

	private MentorStrength _mentorStrength(
		long mentorProfileId, long competencyId, int strengthLevel) {

		MentorStrength mentorStrength = new MentorStrengthImpl();

		mentorStrength.setMentorProfileId(mentorProfileId);
		mentorStrength.setCompetencyId(competencyId);
		mentorStrength.setStrengthLevel(strengthLevel);

		return mentorStrength;
	}

	private static final long _GROUP_ID = 20121;

	@Mock
	private CompetencyLocalService _competencyLocalService;

	@Mock
	private MentorProfileLocalService _mentorProfileLocalService;

	@Mock
	private MentorProfilePersistence _mentorProfilePersistence;

	@InjectMocks
	private LiferayMentorStore _mentorStore;

	@Mock
	private MentorStrengthLocalService _mentorStrengthLocalService;

	private ServiceContext _serviceContext;

	@Mock
	private StoreScope _storeScope;

}
