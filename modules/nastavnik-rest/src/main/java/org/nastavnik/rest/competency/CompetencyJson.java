package org.nastavnik.rest.competency;

import java.util.Locale;
import java.util.Map;

import org.nastavnik.competency.Competency;
import org.nastavnik.competency.CompetencyArea;

/**
 * A competency of the framework.
 *
 * @param id the competency ID
 * @param code the stable code, e.g. {@code LESSON_PLANNING}
 * @param area the area of the professional standard
 * @param name the name in the request's language
 * @param names the name in every language, by language tag
 */
public record CompetencyJson(
	long id, String code, CompetencyArea area, String name, Map<String, String> names) {

	public CompetencyJson {
		names = Map.copyOf(names);
	}

	/**
	 * @param competency a competency
	 * @param locale the request's language
	 * @return its JSON
	 */
	public static CompetencyJson of(Competency competency, Locale locale) {
		return new CompetencyJson(
			competency.competencyId(), competency.code(), competency.area(),
			competency.name().in(locale), competency.name().asMap());
	}

}
