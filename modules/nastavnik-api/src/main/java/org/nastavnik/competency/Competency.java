package org.nastavnik.competency;

import java.util.Objects;

/**
 * An item of the competency framework, after the professional standard «Педагог».
 *
 * @param competencyId the ID
 * @param code a stable code, e.g. {@code LESSON_PLANNING}, the same in every installation
 * @param area the area of the standard the competency belongs to
 * @param name the name
 * @param position the order in which the framework lists it
 */
public record Competency(
	long competencyId, String code, CompetencyArea area, LocalizedText name, int position) {

	public Competency {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(area, "area");
		Objects.requireNonNull(name, "name");
	}

}
