package org.nastavnik.pairs;

import java.util.Objects;
import java.util.Optional;

import org.nastavnik.directory.Organization;
import org.nastavnik.directory.Person;

/**
 * A mentee as lists show one: the person, their registry profile and their organization.
 *
 * @param person the person
 * @param profile the profile
 * @param organization the organization, unless the directory no longer has it
 */
public record Mentee(Person person, MenteeProfile profile, Optional<Organization> organization) {

	public Mentee {
		Objects.requireNonNull(person, "person");
		Objects.requireNonNull(profile, "profile");
		Objects.requireNonNull(organization, "organization");
	}

}
