package org.nastavnik.liferay.internal.store.competency;

import org.nastavnik.competency.Competency;
import org.nastavnik.competency.CompetencyArea;
import org.nastavnik.competency.LocalizedText;

/**
 * The one place where a Service Builder competency becomes the API's record.
 */
final class CompetencyMapping {

	static Competency toCompetency(org.nastavnik.liferay.model.Competency competency) {
		return new Competency(
			competency.getCompetencyId(), competency.getCode(),
			CompetencyArea.valueOf(competency.getArea()),
			new LocalizedText(competency.getNameRu(), competency.getNameEn()),
			competency.getPriority());
	}

	private CompetencyMapping() {
	}

}
