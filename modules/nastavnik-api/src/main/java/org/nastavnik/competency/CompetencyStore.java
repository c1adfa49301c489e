package org.nastavnik.competency;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Persistence of the competency framework.
 */
@ConsumerType
public interface CompetencyStore {

	/**
	 * @return every competency, by position
	 */
	List<Competency> findAll();

	/**
	 * Adds the competencies whose code is not stored yet; leaves the others as they are, so that
	 * seeding twice (or on two cluster nodes at once) adds each competency once.
	 *
	 * @param competencies the competencies; their IDs are ignored
	 */
	void addMissing(List<Competency> competencies);

}
