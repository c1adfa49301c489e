package org.nastavnik.core.pairs;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.nastavnik.competency.Competency;
import org.nastavnik.competency.CompetencyStore;
import org.nastavnik.failure.InvalidInputException;

/**
 * Checks the competencies an entry points to: each exists and appears once.
 */
final class CompetencyReferences {

	CompetencyReferences(CompetencyStore competencyStore) {
		_competencyStore = competencyStore;
	}

	/**
	 * @param field the input field holding the references
	 * @param competencyIds the referenced competencies
	 * @param duplicateKey the message key for a competency given twice
	 */
	void check(String field, Collection<Long> competencyIds, String duplicateKey) {
		if (new HashSet<>(competencyIds).size() != competencyIds.size()) {
			throw InvalidInputException.forField(field, duplicateKey);
		}

		if (competencyIds.isEmpty()) {
			return;
		}

		Set<Long> known = _competencyStore.findAll(
		).stream(
		).map(
			Competency::competencyId
		).collect(
			Collectors.toSet()
		);

		for (Long competencyId : competencyIds) {
			if (!known.contains(competencyId)) {
				throw InvalidInputException.forField(
					field, "competency.not-found", competencyId);
			}
		}
	}

	private final CompetencyStore _competencyStore;

}
