package org.nastavnik.core.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.nastavnik.competency.Competency;
import org.nastavnik.competency.CompetencyArea;
import org.nastavnik.competency.CompetencyStore;
import org.nastavnik.competency.LocalizedText;
import org.nastavnik.core.DirectTransactions;

@ExtendWith(MockitoExtension.class)
class CompetencyServiceImplTest {

	@Test
	void theDefaultFrameworkFollowsTheProfessionalStandard() {
		List<Competency> competencies = DefaultCompetencyFramework.competencies();

		assertThat(competencies).hasSizeBetween(18, 25);
		assertThat(competencies).extracting(Competency::code).doesNotHaveDuplicates().contains(
			"LESSON_PLANNING", "ASSESSMENT", "CLASSROOM_MANAGEMENT", "WORK_WITH_PARENTS",
			"INCLUSIVE_EDUCATION", "ICT", "UPBRINGING_WORK", "PROJECT_WORK");
		assertThat(competencies).extracting(Competency::position).isSorted();
		assertThat(competencies).allSatisfy(
			competency -> {
				assertThat(competency.name().ru()).matches(".*[а-яА-Я].*");
				assertThat(competency.name().en()).matches("[ -~]+");
			});
	}

	@Test
	void theFirstReadOfAnEmptyFrameworkSeedsTheDefaultOneInOneTransaction() {
		DirectTransactions transactions = new DirectTransactions();
		List<Competency> seeded = List.of(_competency(1, "LESSON_PLANNING"));

		when(_competencyStore.findAll()).thenReturn(List.of(), seeded);

		List<Competency> competencies = new CompetencyServiceImpl(
			_competencyStore, transactions
		).competencies();

		assertThat(competencies).isEqualTo(seeded);
		verify(_competencyStore).addMissing(DefaultCompetencyFramework.competencies());
		assertThat(transactions.started()).isEqualTo(1);
	}

	@Test
	void aSeededFrameworkIsReadAsItIsAndActivationWritesNothing() {
		List<Competency> stored = List.of(_competency(7, "ICT"));

		when(_competencyStore.findAll()).thenReturn(stored);

		CompetencyServiceImpl competencyService = new CompetencyServiceImpl(
			_competencyStore, new DirectTransactions());

		verifyNoInteractions(_competencyStore);

		assertThat(competencyService.competencies()).isEqualTo(stored);
		assertThat(competencyService.competency(7).code()).isEqualTo("ICT");
		verify(_competencyStore, never()).addMissing(any());
	}

	private static Competency _competency(long competencyId, String code) {
		return new Competency(
			competencyId, code, CompetencyArea.TEACHING, new LocalizedText("ru", "en"), 1);
	}

	@Mock
	private CompetencyStore _competencyStore;

}
