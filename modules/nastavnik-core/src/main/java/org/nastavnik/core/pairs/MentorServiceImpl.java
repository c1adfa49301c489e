package org.nastavnik.core.pairs;

import java.util.Map;
import java.util.Optional;

import org.nastavnik.access.AccessControl;
import org.nastavnik.access.Actor;
import org.nastavnik.competency.CompetencyStore;
import org.nastavnik.directory.Directory;
import org.nastavnik.directory.Person;
import org.nastavnik.failure.InvalidInputException;
import org.nastavnik.failure.NotFoundException;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.pairs.Mentor;
import org.nastavnik.pairs.MentorProfile;
import org.nastavnik.pairs.MentorProfileDraft;
import org.nastavnik.pairs.MentorQuery;
import org.nastavnik.pairs.MentorService;
import org.nastavnik.pairs.MentorStore;
import org.nastavnik.pairs.Strength;
import org.nastavnik.transaction.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The mentor bank.
 */
@Component(service = MentorService.class)
public class MentorServiceImpl implements MentorService {

	@Activate
	public MentorServiceImpl(
		@Reference AccessControl accessControl, @Reference CompetencyStore competencyStore,
		@Reference Directory directory, @Reference MentorStore mentorStore,
		@Reference Transactions transactions) {

		_competencyReferences = new CompetencyReferences(competencyStore);
		_directory = directory;
		_registryEntries = new RegistryEntries(accessControl, directory);
		_mentorStore = mentorStore;
		_transactions = transactions;
	}

	@Override
	public Mentor mentor(Actor actor, long userId) {
		return _transactions.required(
			() -> _mentorStore.find(userId)
		).flatMap(
			profile -> _directory.person(userId).map(person -> new Mentor(person, profile))
		).orElseThrow(
			() -> new NotFoundException("mentor.not-found", userId)
		);
	}

	@Override
	public Page<Mentor> mentors(Actor actor, MentorQuery query, PageRequest pageRequest) {
		Page<MentorProfile> profiles = _transactions.required(
			() -> _mentorStore.find(query, pageRequest));

		Map<Long, Person> people = _directory.people(
			profiles.items().stream().map(MentorProfile::userId).toList());

		// A person removed from the directory drops out of the bank's lists.
		return new Page<>(
			profiles.items(
			).stream(
			).filter(
				profile -> people.containsKey(profile.userId())
			).map(
				profile -> new Mentor(people.get(profile.userId()), profile)
			).toList(),
			profiles.total(), pageRequest);
	}

	@Override
	public Mentor saveMentor(
		Actor actor, long userId, MentorProfileDraft draft, Optional<Long> expectedVersion) {

		Person person = _registryEntries.editablePerson(actor, userId, "mentor.edit.denied");

		_validate(draft);

		MentorProfile profile = _transactions.required(
			() -> RegistryEntries.addOrUpdate(
				_mentorStore.find(userId), expectedVersion, () -> _mentorStore.add(userId, draft),
				version -> _mentorStore.update(userId, draft, version),
				() -> new NotFoundException("mentor.not-found", userId)));

		return new Mentor(person, profile);
	}

	private void _validate(MentorProfileDraft draft) {
		if ((draft.capacity() < MentorProfileDraft.MIN_CAPACITY) ||
			(draft.capacity() > MentorProfileDraft.MAX_CAPACITY)) {

			throw InvalidInputException.forField(
				"capacity", "mentor.capacity.invalid", MentorProfileDraft.MIN_CAPACITY,
				MentorProfileDraft.MAX_CAPACITY);
		}

		if (draft.formats().isEmpty()) {
			throw InvalidInputException.forField("formats", "mentor.formats.required");
		}

		if (draft.bio().length() > MentorProfileDraft.MAX_BIO_LENGTH) {
			throw InvalidInputException.forField(
				"bio", "mentor.bio.too-long", MentorProfileDraft.MAX_BIO_LENGTH);
		}

		_competencyReferences.check(
			"strengths", draft.strengths().stream().map(Strength::competencyId).toList(),
			"mentor.strength.duplicate");
	}

	private final CompetencyReferences _competencyReferences;
	private final Directory _directory;
	private final RegistryEntries _registryEntries;
	private final MentorStore _mentorStore;
	private final Transactions _transactions;

}
