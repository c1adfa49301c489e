package org.nastavnik.embedded.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nastavnik.access.Actor;
import org.nastavnik.competency.Competency;
import org.nastavnik.competency.CompetencyService;
import org.nastavnik.directory.Person;
import org.nastavnik.embedded.directory.Accounts;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.pairs.MenteeProfileDraft;
import org.nastavnik.pairs.MenteeService;
import org.nastavnik.pairs.MentorProfileDraft;
import org.nastavnik.pairs.MentorService;
import org.nastavnik.pairs.Pair;
import org.nastavnik.pairs.PairProposal;
import org.nastavnik.pairs.PairService;
import org.nastavnik.pairs.Strength;
import org.nastavnik.program.Program;
import org.nastavnik.program.ProgramDraft;
import org.nastavnik.program.ProgramService;
import org.nastavnik.transaction.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty installation with a mentoring program of a fictional district: its mentor bank,
 * mentee registry and a few pairs in different states. Everything goes through the services, as
 * the demo directory's people themselves (the administrator, the curator, the participants), so
 * the data obeys every rule a person using the application would.
 */
@Component(configurationPid = "org.nastavnik.embedded.demo", service = {})
@Designate(ocd = DemoDataConfiguration.class)
public class DemoData {

	/** The classpath resource with the demo data. */
	public static final String DEMO_CONTENT = "demo-content.json";

	/** The screen name of the person who loads the data. */
	public static final String LOADED_BY = "admin";

	/**
	 * @param accounts finds the demo people by screen name
	 * @param competencyService the competency framework
	 * @param menteeService the mentee registry
	 * @param mentorService the mentor bank
	 * @param pairService the pairs
	 * @param programService the programs
	 * @param transactions the transaction boundary
	 */
	@Activate
	public DemoData(
		@Reference Accounts accounts, @Reference CompetencyService competencyService,
		@Reference MenteeService menteeService, @Reference MentorService mentorService,
		@Reference PairService pairService, @Reference ProgramService programService,
		@Reference Transactions transactions) {

		_accounts = accounts;
		_competencyService = competencyService;
		_menteeService = menteeService;
		_mentorService = mentorService;
		_pairService = pairService;
		_programService = programService;
		_transactions = transactions;
	}

	/**
	 * Loads the demo data if enabled and no program exists yet.
	 *
	 * @param configuration whether loading is enabled
	 */
	@Activate
	public void activate(DemoDataConfiguration configuration) {
		if (!configuration.enabled()) {
			return;
		}

		try {
			DemoContent demoContent = _readDemoContent();

			_transactions.required(
				() -> _loadIntoEmpty(demoContent)
			).ifPresentOrElse(
				program -> _log.info(
					"Loaded the demo data: program \"{}\", {} mentors, {} mentees, {} pairs",
					program.title(), demoContent.mentors().size(), demoContent.mentees().size(),
					demoContent.pairs().size()),
				() -> _log.debug("Demo data not loaded: the installation already has programs")
			);
		}
		catch (IOException | RuntimeException exception) {
			// Everything was rolled back; the installation stays usable, only without demo data.
			_log.error("Unable to load the demo data", exception);
		}
	}

	private Actor _actor(String screenName) {
		return new Actor(_person(screenName).userId());
	}

	private Optional<Program> _loadIntoEmpty(DemoContent demoContent) {
		Actor admin = _actor(LOADED_BY);

		if (_programService.programs(admin, PageRequest.first()).total() > 0) {
			return Optional.empty();
		}

		Map<String, Competency> competencies = _competencyService.competencies(
		).stream(
		).collect(
			Collectors.toMap(Competency::code, Function.identity())
		);
		Set<String> missingCodes = new TreeSet<>();

		for (DemoContent.MentorEntry mentorEntry : demoContent.mentors()) {
			List<Strength> strengths = new ArrayList<>();

			mentorEntry.strengths().forEach(
				(code, level) -> _competencyId(
					competencies, code, missingCodes
				).ifPresent(
					competencyId -> strengths.add(new Strength(competencyId, level))
				));

			_mentorService.saveMentor(
				admin, _person(mentorEntry.screenName()).userId(),
				new MentorProfileDraft(
					strengths, mentorEntry.capacity(), mentorEntry.formats(), mentorEntry.bio()),
				Optional.empty());
		}

		for (DemoContent.MenteeEntry menteeEntry : demoContent.mentees()) {
			Person person = _person(menteeEntry.screenName());

			List<Long> supportNeeds = new ArrayList<>();

			for (String code : menteeEntry.supportNeeds()) {
				_competencyId(competencies, code, missingCodes).ifPresent(supportNeeds::add);
			}

			_menteeService.saveMentee(
				admin, person.userId(),
				new MenteeProfileDraft(
					menteeEntry.category(), menteeEntry.yearsOfExperience(),
					_firstOrganizationId(person), supportNeeds),
				Optional.empty());
		}

		DemoContent.ProgramEntry programEntry = demoContent.program();

		Program program = _programService.addProgram(
			admin,
			new ProgramDraft(
				programEntry.title(), programEntry.description(),
				LocalDate.parse(programEntry.startDate()), LocalDate.parse(programEntry.endDate()),
				programEntry.curators(
				).stream(
				).map(
					screenName -> _person(screenName).userId()
				).toList()));

		Actor curator = _actor(programEntry.curators().get(0));

		for (DemoContent.PairEntry pairEntry : demoContent.pairs()) {
			Pair pair = _pairService.propose(
				curator, program.programId(),
				new PairProposal(
					_person(pairEntry.mentor()).userId(),
					pairEntry.mentees(
					).stream(
					).map(
						screenName -> _person(screenName).userId()
					).toList()));

			for (String screenName : pairEntry.acceptedBy()) {
				_pairService.accept(_actor(screenName), pair.pairId(), Optional.empty());
			}
		}

		if (!missingCodes.isEmpty()) {
			_log.warn("Demo data left out competencies the framework lacks: {}", missingCodes);
		}

		return Optional.of(program);
	}

	private static Optional<Long> _competencyId(
		Map<String, Competency> competencies, String code, Set<String> missingCodes) {

		Competency competency = competencies.get(code);

		if (competency == null) {
			// The framework is the core's to define; the demo follows it rather than failing.
			missingCodes.add(code);

			return Optional.empty();
		}

		return Optional.of(competency.competencyId());
	}

	private static long _firstOrganizationId(Person person) {
		if (person.organizationIds().isEmpty()) {
			throw new IllegalStateException(
				"The demo mentee " + person.screenName() + " works in no organization");
		}

		return person.organizationIds().get(0);
	}

	private Person _person(String screenName) {
		return _accounts.person(
			screenName
		).orElseThrow(
			() -> new IllegalStateException(
				"The demo data needs " + screenName + " in the directory; use the demo directory")
		);
	}

	private static DemoContent _readDemoContent() throws IOException {
		try (InputStream inputStream = DemoData.class.getResourceAsStream(DEMO_CONTENT)) {
			return DemoContent.read(
				Objects.requireNonNull(inputStream, "The bundle lacks " + DEMO_CONTENT));
		}
	}

	private static final Logger _log = LoggerFactory.getLogger(DemoData.class);

	private final Accounts _accounts;
	private final CompetencyService _competencyService;
	private final MenteeService _menteeService;
	private final MentorService _mentorService;
	private final PairService _pairService;
	private final ProgramService _programService;
	private final Transactions _transactions;

}
