package org.nastavnik.core.pairs;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nastavnik.access.AccessControl;
import org.nastavnik.access.Actor;
import org.nastavnik.competency.CompetencyStore;
import org.nastavnik.directory.Directory;
import org.nastavnik.directory.Organization;
import org.nastavnik.directory.Person;
import org.nastavnik.failure.InvalidInputException;
import org.nastavnik.failure.NotFoundException;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.pairs.Mentee;
import org.nastavnik.pairs.MenteeProfile;
import org.nastavnik.pairs.MenteeProfileDraft;
import org.nastavnik.pairs.MenteeQuery;
import org.nastavnik.pairs.MenteeService;
import org.nastavnik.pairs.MenteeStore;
import org.nastavnik.pairs.PairActions;
import org.nastavnik.pairs.PairStore;
import org.nastavnik.program.ProgramStore;
import org.nastavnik.transaction.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The mentee registry. Entries name support needs, which are close to personal deficit data, so
 * only managers and program curators see the whole registry; others see themselves and the
 * mentees they mentor.
 */
@Component(service = MenteeService.class)
public class MenteeServiceImpl implements MenteeService {

	@Activate
	public MenteeServiceImpl(
		@Reference AccessControl accessControl, @Reference CompetencyStore competencyStore,
		@Reference Directory directory, @Reference MenteeStore menteeStore,
		@Reference PairStore pairStore, @Reference ProgramStore programStore,
		@Reference Transactions transactions) {

		_accessControl = accessControl;
		_competencyReferences = new CompetencyReferences(competencyStore);
		_directory = directory;
		_registryEntries = new RegistryEntries(accessControl, directory);
		_menteeStore = menteeStore;
		_pairRoles = new PairRoles(accessControl, pairStore, programStore);
		_transactions = transactions;
	}

	@Override
	public Mentee mentee(Actor actor, long userId) {
		return _transactions.required(
			() -> {
				if (!_seesWholeRegistry(actor) && !_visibleMentees(actor).contains(userId)) {
					return Optional.<MenteeProfile>empty();
				}

				return _menteeStore.find(userId);
			}
		).flatMap(
			profile -> _directory.person(userId).map(person -> _mentee(person, profile))
		).orElseThrow(
			() -> new NotFoundException("mentee.not-found", userId)
		);
	}

	@Override
	public Page<Mentee> mentees(Actor actor, MenteeQuery query, PageRequest pageRequest) {
		Page<MenteeProfile> profiles = _transactions.required(
			() -> _seesWholeRegistry(actor) ? _menteeStore.find(query, pageRequest) :
				_visibleProfiles(actor, query, pageRequest));

		Map<Long, Person> people = _directory.people(
			profiles.items().stream().map(MenteeProfile::userId).toList());

		return new Page<>(
			profiles.items(
			).stream(
			).filter(
				profile -> people.containsKey(profile.userId())
			).map(
				profile -> _mentee(people.get(profile.userId()), profile)
			).toList(),
			profiles.total(), pageRequest);
	}

	@Override
	public Mentee saveMentee(
		Actor actor, long userId, MenteeProfileDraft draft, Optional<Long> expectedVersion) {

		Person person = _registryEntries.editablePerson(actor, userId, "mentee.edit.denied");

		_validate(person, draft);

		MenteeProfile profile = _transactions.required(
			() -> RegistryEntries.addOrUpdate(
				_menteeStore.find(userId), expectedVersion, () -> _menteeStore.add(userId, draft),
				version -> _menteeStore.update(userId, draft, version),
				() -> new NotFoundException("mentee.not-found", userId)));

		return _mentee(person, profile);
	}

	private Mentee _mentee(Person person, MenteeProfile profile) {
		return new Mentee(person, profile, _directory.organization(profile.organizationId()));
	}

	// Curators choose mentees for their programs' pairs, so they see the whole registry.
	private boolean _seesWholeRegistry(Actor actor) {
		return _accessControl.isAllowed(actor, PairActions.MANAGE_MENTOR_BANK) ||
			_pairRoles.curatesAnyProgram(actor);
	}

	private void _validate(Person person, MenteeProfileDraft draft) {
		if (draft.category() == null) {
			throw InvalidInputException.forField("category", "mentee.category.required");
		}

		if ((draft.yearsOfExperience() < 0) ||
			(draft.yearsOfExperience() > MenteeProfileDraft.MAX_YEARS)) {

			throw InvalidInputException.forField(
				"yearsOfExperience", "mentee.experience.invalid", MenteeProfileDraft.MAX_YEARS);
		}

		Organization organization = _directory.organization(
			draft.organizationId()
		).orElseThrow(
			() -> InvalidInputException.forField(
				"organizationId", "organization.not-found", draft.organizationId())
		);

		if (!person.organizationIds().isEmpty() &&
			!person.organizationIds().contains(organization.organizationId())) {

			throw InvalidInputException.forField(
				"organizationId", "mentee.organization.not-theirs", organization.name());
		}

		_competencyReferences.check(
			"supportNeeds", draft.supportNeeds(), "mentee.need.duplicate");
	}

	private Set<Long> _visibleMentees(Actor actor) {
		Set<Long> userIds = new LinkedHashSet<>();

		userIds.add(actor.userId());

		_pairRoles.pairsMentoredBy(
			actor
		).forEach(
			pair -> pair.members().forEach(member -> userIds.add(member.menteeUserId()))
		);

		return userIds;
	}

	private Page<MenteeProfile> _visibleProfiles(
		Actor actor, MenteeQuery query, PageRequest pageRequest) {

		// A person sees few entries (their own and their mentees'), so filtering here is cheap.
		List<MenteeProfile> visible = _visibleMentees(
			actor
		).stream(
		).map(
			_menteeStore::find
		).flatMap(
			Optional::stream
		).filter(
			profile -> query.category().map(profile.category()::equals).orElse(true)
		).filter(
			profile -> query.organizationId(
			).map(
				organizationId -> organizationId == profile.organizationId()
			).orElse(
				true
			)
		).toList();

		return new Page<>(
			visible.stream(
			).skip(
				pageRequest.offset()
			).limit(
				pageRequest.pageSize()
			).toList(),
			visible.size(), pageRequest);
	}

	private final AccessControl _accessControl;
	private final CompetencyReferences _competencyReferences;
	private final Directory _directory;
	private final RegistryEntries _registryEntries;
	private final MenteeStore _menteeStore;
	private final PairRoles _pairRoles;
	private final Transactions _transactions;

}
