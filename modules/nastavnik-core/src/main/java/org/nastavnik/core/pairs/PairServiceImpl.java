package org.nastavnik.core.pairs;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.nastavnik.access.AccessControl;
import org.nastavnik.access.Actor;
import org.nastavnik.failure.AccessDeniedException;
import org.nastavnik.failure.ConflictException;
import org.nastavnik.failure.InvalidInputException;
import org.nastavnik.failure.NotFoundException;
import org.nastavnik.failure.RuleViolationException;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.pairs.MenteeStore;
import org.nastavnik.pairs.MentorProfile;
import org.nastavnik.pairs.MentorStore;
import org.nastavnik.pairs.Pair;
import org.nastavnik.pairs.PairCommand;
import org.nastavnik.pairs.PairProposal;
import org.nastavnik.pairs.PairQuery;
import org.nastavnik.pairs.PairService;
import org.nastavnik.pairs.PairState;
import org.nastavnik.pairs.PairStore;
import org.nastavnik.pairs.Response;
import org.nastavnik.program.ProgramStore;
import org.nastavnik.transaction.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Mentoring pairs and groups. Every change runs in one transaction: the pair with its version
 * check and the mentor's reserved places change together or not at all.
 */
@Component(service = PairService.class)
public class PairServiceImpl implements PairService {

	/** The most mentees of one group. */
	public static final int MAX_GROUP_SIZE = 10;

	/** The longest cancel reason or completion summary. */
	public static final int MAX_TEXT_LENGTH = 4000;

	@Activate
	public PairServiceImpl(
		@Reference AccessControl accessControl, @Reference MenteeStore menteeStore,
		@Reference MentorStore mentorStore, @Reference PairStore pairStore,
		@Reference ProgramStore programStore, @Reference Transactions transactions) {

		this(
			accessControl, menteeStore, mentorStore, pairStore, programStore, transactions,
			Clock.systemUTC());
	}

	@Override
	public Pair accept(Actor actor, long pairId, Optional<Long> expectedVersion) {
		return _respond(actor, pairId, expectedVersion, Response.ACCEPTED);
	}

	@Override
	public Pair cancel(Actor actor, long pairId, long expectedVersion, String reason) {
		String validReason = _text("reason", reason);

		if (validReason.isEmpty()) {
			throw InvalidInputException.forField("reason", "pair.reason.required");
		}

		return _change(
			actor, pairId, Optional.of(expectedVersion),
			pair -> {
				_checkCurates(actor, pair);

				return PairLifecycle.cancel(
					pair, actor.userId(), validReason, _clock.instant());
			});
	}

	@Override
	public Set<PairCommand> commands(Actor actor, Pair pair) {
		Set<PairCommand> commands = EnumSet.noneOf(PairCommand.class);

		if (PairLifecycle.awaitsAnswerFrom(pair, actor.userId())) {
			commands.add(PairCommand.ACCEPT);
			commands.add(PairCommand.DECLINE);
		}

		if (!pair.state().isOpen()) {
			return commands;
		}

		boolean curates = _transactions.required(
			() -> _pairRoles.curates(actor, pair.programId()));

		if ((pair.state() instanceof PairState.Active) &&
			(curates || (pair.mentorUserId() == actor.userId()))) {

			commands.add(PairCommand.COMPLETE);
		}

		if (curates) {
			commands.add(PairCommand.CANCEL);
		}

		return commands;
	}

	@Override
	public Pair complete(Actor actor, long pairId, long expectedVersion, String summary) {
		String validSummary = _text("summary", summary);

		return _change(
			actor, pairId, Optional.of(expectedVersion),
			pair -> {
				if (pair.mentorUserId() != actor.userId()) {
					_checkCurates(actor, pair);
				}

				return PairLifecycle.complete(
					pair, actor.userId(), validSummary, _clock.instant());
			});
	}

	@Override
	public Pair decline(Actor actor, long pairId, Optional<Long> expectedVersion) {
		return _respond(actor, pairId, expectedVersion, Response.DECLINED);
	}

	@Override
	public Pair pair(Actor actor, long pairId) {
		return _transactions.required(() -> _visiblePair(actor, pairId));
	}

	@Override
	public Page<Pair> pairs(Actor actor, PairQuery query, PageRequest pageRequest) {
		return _transactions.required(
			() -> {
				query.programId(
				).ifPresent(
					programId -> _programStore.find(
						programId
					).orElseThrow(
						() -> new NotFoundException("program.not-found", programId)
					)
				);

				boolean seesAll = query.programId(
				).map(
					programId -> _pairRoles.curates(actor, programId)
				).orElseGet(
					() -> _pairRoles.managesAllPairs(actor)
				);

				return _pairStore.find(
					seesAll ? query : query.withParticipant(actor.userId()), pageRequest);
			});
	}

	@Override
	public Pair propose(Actor actor, long programId, PairProposal proposal) {
		return _transactions.required(
			() -> {
				_programStore.find(
					programId
				).orElseThrow(
					() -> new NotFoundException("program.not-found", programId)
				);

				if (!_pairRoles.curates(actor, programId)) {
					throw new AccessDeniedException("pair.propose.denied");
				}

				_validate(proposal);

				long mentorUserId = proposal.mentorUserId();

				MentorProfile mentorProfile = _mentorStore.find(
					mentorUserId
				).orElseThrow(
					() -> RuleViolationException.forField(
						"mentorUserId", "mentor.not-found", mentorUserId)
				);

				for (long menteeUserId : proposal.menteeUserIds()) {
					if (_menteeStore.find(menteeUserId).isEmpty()) {
						throw RuleViolationException.forField(
							"menteeUserIds", "mentee.not-found", menteeUserId);
					}

					if (_pairStore.hasOpenPair(programId, menteeUserId)) {
						throw ConflictException.forField(
							"menteeUserIds", "pair.mentee-has-open-pair", menteeUserId);
					}
				}

				int slots = proposal.menteeUserIds().size();

				// The conditional update in the database, not the profile read above, decides.
				if (!_mentorStore.reserveSlots(mentorUserId, slots)) {
					int freeSlots = _mentorStore.find(
						mentorUserId
					).orElse(
						mentorProfile
					).freeSlots();

					throw ConflictException.forField(
						"mentorUserId", "pair.mentor.full", freeSlots, slots);
				}

				return _pairStore.add(
					programId, mentorUserId, proposal.menteeUserIds(), actor.userId());
			});
	}

	PairServiceImpl(
		AccessControl accessControl, MenteeStore menteeStore, MentorStore mentorStore,
		PairStore pairStore, ProgramStore programStore, Transactions transactions, Clock clock) {

		_menteeStore = menteeStore;
		_mentorStore = mentorStore;
		_pairStore = pairStore;
		_programStore = programStore;
		_transactions = transactions;
		_clock = clock;

		_pairRoles = new PairRoles(accessControl, pairStore, programStore);
	}

	private Pair _change(
		Actor actor, long pairId, Optional<Long> expectedVersion, UnaryOperator<Pair> change) {

		return _transactions.required(
			() -> {
				Pair pair = _visiblePair(actor, pairId);

				if (expectedVersion.isPresent() && (expectedVersion.get() != pair.version())) {
					throw ConflictException.forField("version", "version.stale");
				}

				Pair changed = change.apply(pair);

				Pair stored = _pairStore.update(changed);

				// Places held before and not after (a decline, an end) go back to the mentor.
				int released = pair.reservedSlots() - changed.reservedSlots();

				if (released > 0) {
					_mentorStore.releaseSlots(pair.mentorUserId(), released);
				}

				return stored;
			});
	}

	private void _checkCurates(Actor actor, Pair pair) {
		if (!_pairRoles.curates(actor, pair.programId())) {
			throw new AccessDeniedException("pair.manage.denied");
		}
	}

	private Pair _respond(
		Actor actor, long pairId, Optional<Long> expectedVersion, Response response) {

		for (int attempt = 1;; attempt++) {
			try {
				return _change(
					actor, pairId, expectedVersion,
					pair -> PairLifecycle.respond(
						pair, actor.userId(), response, _clock.instant()));
			}
			catch (ConflictException conflictException) {

				// Answers of different people never overwrite each other, so a concurrent
				// change is no reason to bother someone who did not name a version.
				if (expectedVersion.isPresent() || (attempt == _MAX_ANSWER_ATTEMPTS) ||
					!conflictException.messageKey().equals("version.stale")) {

					throw conflictException;
				}
			}
		}
	}

	private String _text(String field, String text) {
		String stripped = (text == null) ? "" : text.strip();

		if (stripped.length() > MAX_TEXT_LENGTH) {
			throw InvalidInputException.forField(field, "pair.text.too-long", MAX_TEXT_LENGTH);
		}

		return stripped;
	}

	private void _validate(PairProposal proposal) {
		if (proposal.menteeUserIds().isEmpty()) {
			throw InvalidInputException.forField("menteeUserIds", "pair.mentees.required");
		}

		if (proposal.menteeUserIds().size() > MAX_GROUP_SIZE) {
			throw InvalidInputException.forField(
				"menteeUserIds", "pair.mentees.too-many", MAX_GROUP_SIZE);
		}

		if (new HashSet<>(proposal.menteeUserIds()).size() != proposal.menteeUserIds().size()) {
			throw InvalidInputException.forField("menteeUserIds", "pair.mentee.duplicate");
		}

		if (proposal.menteeUserIds().contains(proposal.mentorUserId())) {
			throw InvalidInputException.forField("mentorUserId", "pair.mentor.is-mentee");
		}
	}

	private Pair _visiblePair(Actor actor, long pairId) {
		return _pairStore.find(
			pairId
		).filter(
			pair -> _pairRoles.sees(actor, pair)
		).orElseThrow(
			() -> new NotFoundException("pair.not-found", pairId)
		);
	}

	private static final int _MAX_ANSWER_ATTEMPTS = 5;

	private final Clock _clock;
	private final MenteeStore _menteeStore;
	private final MentorStore _mentorStore;
	private final PairRoles _pairRoles;
	private final PairStore _pairStore;
	private final ProgramStore _programStore;
	private final Transactions _transactions;

}
