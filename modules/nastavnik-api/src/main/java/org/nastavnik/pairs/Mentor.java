package org.nastavnik.pairs;

import java.util.Objects;

import org.nastavnik.directory.Person;

/**
 * A mentor as lists show one: the person and their mentor-bank profile.
 *
 * @param person the person
 * @param profile the profile
 */
public record Mentor(Person person, MentorProfile profile) {

	public Mentor {
		Objects.requireNonNull(person, "person");
		Objects.requireNonNull(profile, "profile");
	}

}
