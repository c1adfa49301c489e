package org.nastavnik.rest.pairs;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nastavnik.competency.Competency;

/**
 * The competency framework read once per request, to name the competencies a page of mentors or
 * mentees refers to.
 */
final class CompetencyIndex {

	CompetencyIndex(List<Competency> competencies, Locale locale) {
		_competencies = competencies.stream(
		).collect(
			Collectors.toMap(Competency::competencyId, Function.identity())
		);
		_locale = locale;
	}

	/**
	 * @return the code, empty if the framework no longer has the competency
	 */
	String code(long competencyId) {
		return _find(
			competencyId
		).map(
			Competency::code
		).orElse(
			""
		);
	}

	/**
	 * @return the name in the request's language, empty if the framework no longer has it
	 */
	String name(long competencyId) {
		return _find(
			competencyId
		).map(
			competency -> competency.name().in(_locale)
		).orElse(
			""
		);
	}

	private Optional<Competency> _find(long competencyId) {
		return Optional.ofNullable(_competencies.get(competencyId));
	}

	private final Map<Long, Competency> _competencies;
	private final Locale _locale;

}
