package org.nastavnik.core.pairs;

import java.time.Instant;

import org.nastavnik.failure.AccessDeniedException;
import org.nastavnik.failure.RuleViolationException;
import org.nastavnik.pairs.Pair;
import org.nastavnik.pairs.PairMember;
import org.nastavnik.pairs.PairState;
import org.nastavnik.pairs.Response;

/**
 * The transitions of a pair's lifecycle as pure functions of the pair: who may answer, when a
 * proposal becomes active or declined, what may be completed or cancelled. Permissions by role
 * are checked by the service before.
 */
final class PairLifecycle {

	/**
	 * @return whether the person is the mentor or a mentee of the pair and has not answered yet
	 */
	static boolean awaitsAnswerFrom(Pair pair, long userId) {
		if (!(pair.state() instanceof PairState.Proposed)) {
			return false;
		}

		if (pair.mentorUserId() == userId) {
			return pair.mentorResponse() == Response.PENDING;
		}

		return pair.members(
		).stream(
		).anyMatch(
			member -> (member.menteeUserId() == userId) &&
				(member.response() == Response.PENDING)
		);
	}

	/**
	 * @param pair an open pair
	 * @param byUserId who cancels it
	 * @param reason why, not blank
	 * @param now the time
	 * @return the cancelled pair
	 */
	static Pair cancel(Pair pair, long byUserId, String reason, Instant now) {
		if (!pair.state().isOpen()) {
			throw new RuleViolationException("pair.not-open", pair.state().status());
		}

		return pair.withState(new PairState.Cancelled(now, byUserId, reason));
	}

	/**
	 * @param pair an active pair
	 * @param byUserId who completes it
	 * @param summary the results, possibly empty
	 * @param now the time
	 * @return the completed pair
	 */
	static Pair complete(Pair pair, long byUserId, String summary, Instant now) {
		if (!(pair.state() instanceof PairState.Active)) {
			throw new RuleViolationException("pair.not-active", pair.state().status());
		}

		return pair.withState(new PairState.Completed(now, byUserId, summary));
	}

	/**
	 * Records a participant's answer. A declining mentor ends the proposal; a declining mentee
	 * leaves the group, and the proposal ends when no mentee is left; when the mentor and every
	 * remaining mentee have accepted, the pair becomes active.
	 *
	 * @param pair a proposed pair
	 * @param userId the mentor or a mentee
	 * @param response {@link Response#ACCEPTED} or {@link Response#DECLINED}
	 * @param now the time
	 * @return the pair with the answer and its resulting state
	 */
	static Pair respond(Pair pair, long userId, Response response, Instant now) {
		if (response == Response.PENDING) {
			throw new IllegalArgumentException("An answer accepts or declines");
		}

		if (!pair.isParticipant(userId)) {
			throw new AccessDeniedException("pair.not-participant");
		}

		if (!(pair.state() instanceof PairState.Proposed)) {
			throw new RuleViolationException("pair.not-proposed", pair.state().status());
		}

		if (!awaitsAnswerFrom(pair, userId)) {
			throw new RuleViolationException("pair.already-answered");
		}

		Pair answered = (pair.mentorUserId() == userId) ? pair.withMentorResponse(response) :
			pair.withMemberResponse(userId, response);

		if ((answered.mentorResponse() == Response.DECLINED) ||
			answered.menteeUserIds().isEmpty()) {

			return answered.withState(new PairState.Declined(now, userId));
		}

		boolean everyoneAccepted = (answered.mentorResponse() == Response.ACCEPTED) &&
			answered.members(
			).stream(
			).map(
				PairMember::response
			).allMatch(
				memberResponse -> memberResponse != Response.PENDING
			);

		if (everyoneAccepted) {
			return answered.withState(new PairState.Active(now));
		}

		return answered;
	}

	private PairLifecycle() {
	}

}
