package org.nastavnik.core.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.nastavnik.competency.Competency;
import org.nastavnik.competency.CompetencyStore;
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
	void startingTheServiceSeedsTheMissingCompetenciesInOneTransaction() {
		DirectTransactions transactions = new DirectTransactions();

		new CompetencyServiceImpl(_competencyStore, transactions);

		verify(_competencyStore).addMissing(DefaultCompetencyFramework.competencies());
		assertThat(transactions.started()).isEqualTo(1);
	}

	@Mock
	private CompetencyStore _competencyStore;

}
