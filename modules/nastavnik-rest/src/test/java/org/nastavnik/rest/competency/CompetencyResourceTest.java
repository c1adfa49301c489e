package org.nastavnik.rest.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.nastavnik.competency.Competency;
import org.nastavnik.competency.CompetencyArea;
import org.nastavnik.competency.CompetencyService;
import org.nastavnik.competency.LocalizedText;
import org.nastavnik.rest.JsonTrees;
import org.nastavnik.rest.TestRequests;

class CompetencyResourceTest {

	@Test
	void competenciesAreOnePageNamedInTheRequestLanguageWithEveryName() {
		CompetencyService competencyService = mock(CompetencyService.class);

		when(
			competencyService.competencies()
		).thenReturn(
			List.of(
				new Competency(
					3, "LESSON_PLANNING", CompetencyArea.TEACHING,
					new LocalizedText("Планирование урока", "Lesson planning"), 1))
		);

		CompetencyResource competencyResource = new CompetencyResource(competencyService);

		JsonNode page = JsonTrees.of(
			competencyResource.competencies(TestRequests.signedIn(1), "en-US,en;q=0.9"));

		assertThat(page.get("total").asLong()).isEqualTo(1);
		assertThat(page.get("page").asInt()).isEqualTo(1);
		assertThat(page.at("/items/0/id").asLong()).isEqualTo(3);
		assertThat(page.at("/items/0/code").asText()).isEqualTo("LESSON_PLANNING");
		assertThat(page.at("/items/0/area").asText()).isEqualTo("TEACHING");
		assertThat(page.at("/items/0/name").asText()).isEqualTo("Lesson planning");
		assertThat(page.at("/items/0/names/ru").asText()).isEqualTo("Планирование урока");
		assertThat(
			JsonTrees.of(
				competencyResource.competencies(TestRequests.signedIn(1), null)
			).at(
				"/items/0/name"
			).asText()
		).isEqualTo(
			"Планирование урока"
		);
	}

}
