package org.nastavnik.core.program;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.nastavnik.access.AccessControl;
import org.nastavnik.access.Actor;
import org.nastavnik.directory.Directory;
import org.nastavnik.directory.Person;
import org.nastavnik.failure.AccessDeniedException;
import org.nastavnik.failure.InvalidInputException;
import org.nastavnik.failure.NotFoundException;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.program.Program;
import org.nastavnik.program.ProgramActions;
import org.nastavnik.program.ProgramDraft;
import org.nastavnik.program.ProgramService;
import org.nastavnik.program.ProgramStore;
import org.nastavnik.transaction.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Mentoring programs. Every signed-in educator may read them; creating one needs
 * {@link ProgramActions#ADD_PROGRAM}.
 */
@Component(service = ProgramService.class)
public class ProgramServiceImpl implements ProgramService {

	/** The longest title. */
	public static final int MAX_TITLE_LENGTH = 255;

	/** The longest description. */
	public static final int MAX_DESCRIPTION_LENGTH = 4000;

	@Activate
	public ProgramServiceImpl(
		@Reference AccessControl accessControl, @Reference Directory directory,
		@Reference ProgramStore programStore, @Reference Transactions transactions) {

		_accessControl = accessControl;
		_directory = directory;
		_programStore = programStore;
		_transactions = transactions;
	}

	@Override
	public Program addProgram(Actor actor, ProgramDraft draft) {
		if (!_accessControl.isAllowed(actor, ProgramActions.ADD_PROGRAM)) {
			throw new AccessDeniedException("access.denied", ProgramActions.ADD_PROGRAM.name());
		}

		ProgramDraft validDraft = _validate(actor, draft);

		return _transactions.required(() -> _programStore.add(validDraft, actor.userId()));
	}

	@Override
	public Program program(Actor actor, long programId) {
		return _transactions.required(
			() -> _programStore.find(programId)
		).orElseThrow(
			() -> new NotFoundException("program.not-found", programId)
		);
	}

	@Override
	public Page<Program> programs(Actor actor, PageRequest pageRequest) {
		return _transactions.required(() -> _programStore.find(pageRequest));
	}

	private ProgramDraft _validate(Actor actor, ProgramDraft draft) {
		String title = draft.title().strip();

		if (title.isEmpty()) {
			throw InvalidInputException.forField("title", "program.title.required");
		}

		if (title.length() > MAX_TITLE_LENGTH) {
			throw InvalidInputException.forField(
				"title", "program.title.too-long", MAX_TITLE_LENGTH);
		}

		String description = draft.description().strip();

		if (description.length() > MAX_DESCRIPTION_LENGTH) {
			throw InvalidInputException.forField(
				"description", "program.description.too-long", MAX_DESCRIPTION_LENGTH);
		}

		if (draft.startDate() == null) {
			throw InvalidInputException.forField("startDate", "program.dates.required");
		}

		if (draft.endDate() == null) {
			throw InvalidInputException.forField("endDate", "program.dates.required");
		}

		if (draft.endDate().isBefore(draft.startDate())) {
			throw InvalidInputException.forField("endDate", "program.dates.order");
		}

		// Whoever creates a program without naming curators runs it themselves.
		List<Long> curatorUserIds = new ArrayList<>(
			new LinkedHashSet<>(
				draft.curatorUserIds().isEmpty() ? List.of(actor.userId()) :
					draft.curatorUserIds()));

		Map<Long, Person> curators = _directory.people(curatorUserIds);

		for (Long curatorUserId : curatorUserIds) {
			if (!curators.containsKey(curatorUserId)) {
				throw InvalidInputException.forField(
					"curatorUserIds", "program.curator.unknown", curatorUserId);
			}
		}

		return new ProgramDraft(
			title, description, draft.startDate(), draft.endDate(), curatorUserIds);
	}

	private final AccessControl _accessControl;
	private final Directory _directory;
	private final ProgramStore _programStore;
	private final Transactions _transactions;

}
