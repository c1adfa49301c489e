package org.nastavnik.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The people and organizations of the installation. In the portal these are its users and
 * organizations; in the embedded runtime, a directory file.
 */
@ConsumerType
public interface Directory {

	/**
	 * @param userId a user ID
	 * @return the active person with that ID
	 */
	Optional<Person> person(long userId);

	/**
	 * @param userIds user IDs
	 * @return the active people among them, by user ID
	 */
	Map<Long, Person> people(Collection<Long> userIds);

	/**
	 * @param organizationId an organization ID
	 * @return the organization
	 */
	Optional<Organization> organization(long organizationId);

	/**
	 * @return every organization, by name
	 */
	List<Organization> organizations();

}
