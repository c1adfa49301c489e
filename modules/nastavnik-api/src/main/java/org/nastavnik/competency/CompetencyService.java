package org.nastavnik.competency;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads the competency framework. The default framework is seeded when the service first starts
 * on an empty database.
 */
@ProviderType
public interface CompetencyService {

	/**
	 * @return every competency, in the framework's order
	 */
	List<Competency> competencies();

	/**
	 * @param competencyId a competency ID
	 * @return the competency
	 * @throws org.nastavnik.failure.NotFoundException if there is none
	 */
	Competency competency(long competencyId);

}
