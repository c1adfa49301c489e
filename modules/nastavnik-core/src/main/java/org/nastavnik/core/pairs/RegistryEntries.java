package org.nastavnik.core.pairs;

import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.nastavnik.access.AccessControl;
import org.nastavnik.access.Actor;
import org.nastavnik.directory.Directory;
import org.nastavnik.directory.Person;
import org.nastavnik.failure.AccessDeniedException;
import org.nastavnik.failure.ConflictException;
import org.nastavnik.failure.NotFoundException;
import org.nastavnik.pairs.PairActions;

/**
 * What the mentor bank and the mentee registry share about saving a person's entry: who may
 * edit it, and that an entry is created once and then only changed at the version it was read.
 */
final class RegistryEntries {

	RegistryEntries(AccessControl accessControl, Directory directory) {
		_accessControl = accessControl;
		_directory = directory;
	}

	/**
	 * @param actor who saves
	 * @param userId whose entry
	 * @param deniedKey the message key when the actor may not
	 * @return the person whose entry it is
	 * @throws AccessDeniedException unless the actor is the person or manages the bank
	 * @throws NotFoundException if the directory does not know the person
	 */
	Person editablePerson(Actor actor, long userId, String deniedKey) {
		if ((actor.userId() != userId) &&
			!_accessControl.isAllowed(actor, PairActions.MANAGE_MENTOR_BANK)) {

			throw new AccessDeniedException(deniedKey);
		}

		return _directory.person(
			userId
		).orElseThrow(
			() -> new NotFoundException("person.not-found", userId)
		);
	}

	/**
	 * Adds the entry when no version is given, else updates it at that version; never
	 * overwrites an existing entry without its version.
	 *
	 * @param existing the stored entry
	 * @param expectedVersion the version the change was made on
	 * @param add adds the entry
	 * @param update updates the entry at a version
	 * @param notFound the failure when a version is given but there is no entry
	 * @return the stored entry
	 */
	static <P> P addOrUpdate(
		Optional<P> existing, Optional<Long> expectedVersion, Supplier<P> add,
		LongFunction<P> update, Supplier<NotFoundException> notFound) {

		if (expectedVersion.isEmpty()) {
			if (existing.isPresent()) {
				throw ConflictException.forField("version", "version.required");
			}

			return add.get();
		}

		if (existing.isEmpty()) {
			throw notFound.get();
		}

		return update.apply(expectedVersion.get());
	}

	private final AccessControl _accessControl;
	private final Directory _directory;

}
