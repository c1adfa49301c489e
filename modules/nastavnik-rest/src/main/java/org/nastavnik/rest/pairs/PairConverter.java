package org.nastavnik.rest.pairs;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.nastavnik.access.Actor;
import org.nastavnik.directory.Directory;
import org.nastavnik.directory.Person;
import org.nastavnik.pairs.Pair;
import org.nastavnik.pairs.PairMember;
import org.nastavnik.pairs.PairService;
import org.nastavnik.pairs.PairState;

/**
 * Turns pairs into JSON for one caller: their participants looked up in one batch, the commands
 * the caller may send to each.
 */
final class PairConverter {

	PairConverter(Directory directory, PairService pairService) {
		_directory = directory;
		_pairService = pairService;
	}

	PairJson toJson(Actor actor, Pair pair) {
		return toJson(actor, List.of(pair)).get(0);
	}

	List<PairJson> toJson(Actor actor, List<Pair> pairs) {
		Map<Long, Person> people = _directory.people(
			pairs.stream(
			).flatMap(
				pair -> Stream.concat(
					Stream.of(pair.mentorUserId()),
					pair.members(
					).stream(
					).map(
						PairMember::menteeUserId
					))
			).distinct(
			).toList());

		return pairs.stream(
		).map(
			pair -> _toJson(actor, pair, people)
		).toList();
	}

	private static String _statusNote(PairState state) {
		if (state instanceof PairState.Completed completed) {
			return completed.summary();
		}
		else if (state instanceof PairState.Cancelled cancelled) {
			return cancelled.reason();
		}

		return "";
	}

	private PairJson _toJson(Actor actor, Pair pair, Map<Long, Person> people) {
		return new PairJson(
			pair.pairId(), pair.programId(), pair.state().status(), pair.version(),
			pair.mentorUserId(), pair.menteeUserIds(),
			ParticipantJson.of(pair.mentorUserId(), pair.mentorResponse(), people),
			pair.members(
			).stream(
			).map(
				member -> ParticipantJson.of(member.menteeUserId(), member.response(), people)
			).toList(),
			pair.state().since(), _statusNote(pair.state()), pair.proposedByUserId(),
			pair.createDate(),
			_pairService.commands(
				actor, pair
			).stream(
			).sorted(
			).toList());
	}

	private final Directory _directory;
	private final PairService _pairService;

}
