package org.nastavnik.liferay.internal.store.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.service.ServiceContext;

import java.util.List;

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
import org.nastavnik.liferay.model.MenteeNeed;
import org.nastavnik.liferay.model.impl.CompetencyImpl;
import org.nastavnik.liferay.model.impl.MenteeNeedImpl;
import org.nastavnik.liferay.model.impl.MenteeProfileImpl;
import org.nastavnik.liferay.service.CompetencyLocalService;
import org.nastavnik.liferay.service.MenteeNeedLocalService;
import org.nastavnik.liferay.service.MenteeProfileLocalService;
import org.nastavnik.liferay.service.persistence.MenteeProfilePersistence;
import org.nastavnik.pairs.MenteeCategory;
import org.nastavnik.pairs.MenteeProfile;
import org.nastavnik.pairs.MenteeProfileDraft;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
public class LiferayMenteeStoreTest {

	@BeforeEach
	public void setUp() {
		PortalStubs.installTransactions();

		_serviceContext = PortalStubs.serviceContext(_GROUP_ID, 1);

		when(_storeScope.groupId()).thenReturn(_GROUP_ID);
		when(_storeScope.serviceContext()).thenReturn(_serviceContext);

		CompetencyImpl competency = new CompetencyImpl();

		competency.setCompetencyId(7);
		competency.setGroupId(_GROUP_ID);

		when(_competencyLocalService.fetchCompetency(7)).thenReturn(competency);
		when(
			_menteeProfileLocalService.updateMenteeProfile(any())
		).thenAnswer(
			invocation -> {
				MenteeProfileImpl menteeProfile = invocation.getArgument(0);

				menteeProfile.setMvccVersion(menteeProfile.getMvccVersion() + 1);

				return menteeProfile;
			}
		);

		MenteeNeed menteeNeed = new MenteeNeedImpl();

		menteeNeed.setMenteeProfileId(200);
		menteeNeed.setCompetencyId(7);

		when(
			_menteeNeedLocalService.getMenteeNeeds(new long[] {200})
		).thenReturn(
			List.of(menteeNeed)
		);
	}

	@Test
	public void addsMenteeAtVersionOneWithNeeds() {
		when(
			_menteeProfileLocalService.addMenteeProfile(
				20, "YOUNG_SPECIALIST", 1, 3, _serviceContext)
		).thenReturn(
			_menteeProfile(1)
		);

		assertThat(
			_menteeStore.add(
				20,
				new MenteeProfileDraft(MenteeCategory.YOUNG_SPECIALIST, 1, 3, List.of(7L)))
		).isEqualTo(
			new MenteeProfile(20, MenteeCategory.YOUNG_SPECIALIST, 1, 3, List.of(7L), 1)
		);
		verify(_menteeNeedLocalService).addMenteeNeed(20, 200, 7, _serviceContext);
	}

	@Test
	public void updatesOnItsVersionAndRefusesStaleVersionAndUnknownMentee() {
		when(
			_menteeProfileLocalService.fetchMenteeProfile(_GROUP_ID, 20)
		).thenReturn(
			_menteeProfile(2)
		);

		assertThatThrownBy(
			() -> _menteeStore.update(
				20, new MenteeProfileDraft(MenteeCategory.OTHER, 1, 3, List.of()), 1)
		).isInstanceOfSatisfying(
			ConflictException.class,
			exception -> assertThat(exception.field()).contains("version")
		);
		verify(_menteeProfileLocalService, never()).updateMenteeProfile(any());

		MenteeProfile updated = _menteeStore.update(
			20, new MenteeProfileDraft(MenteeCategory.OTHER, 2, 4, List.of(7L)), 2);

		assertThat(updated.version()).isEqualTo(3);
		assertThat(updated.category()).isEqualTo(MenteeCategory.OTHER);
		assertThat(updated.organizationId()).isEqualTo(4);
		verify(_menteeNeedLocalService).deleteMenteeNeeds(200);

		assertThatThrownBy(
			() -> _menteeStore.update(
				21, new MenteeProfileDraft(MenteeCategory.OTHER, 1, 3, List.of()), 1)
		).isInstanceOf(
			NotFoundException.class
		);
	}

	private MenteeProfileImpl _menteeProfile(long mvccVersion) {
		MenteeProfileImpl menteeProfile = new MenteeProfileImpl();

		menteeProfile.setMenteeProfileId(200);
		menteeProfile.setGroupId(_GROUP_ID);
		menteeProfile.setUserId(20);
		menteeProfile.setCategory("YOUNG_SPECIALIST");
		menteeProfile.setYearsOfExperience(1);
		menteeProfile.setOrganizationId(3);
		menteeProfile.setMvccVersion(mvccVersion);

		return menteeProfile;
	}

	private static final long _GROUP_ID = 20121;

	@Mock
	private CompetencyLocalService _competencyLocalService;

	@Mock
	private MenteeNeedLocalService _menteeNeedLocalService;

	@Mock
	private MenteeProfileLocalService _menteeProfileLocalService;

	@Mock
	private MenteeProfilePersistence _menteeProfilePersistence;

	@InjectMocks
	private LiferayMenteeStore _menteeStore;

	private ServiceContext _serviceContext;

	@Mock
	private StoreScope _storeScope;

}
