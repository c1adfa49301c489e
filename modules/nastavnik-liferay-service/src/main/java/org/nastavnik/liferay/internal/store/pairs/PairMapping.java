package org.nastavnik.liferay.internal.store.pairs;

import java.time.Instant;

import java.util.List;

import org.nastavnik.liferay.internal.store.Dates;
import org.nastavnik.pairs.Pair;
import org.nastavnik.pairs.PairMember;
import org.nastavnik.pairs.PairState;
import org.nastavnik.pairs.PairStatus;
import org.nastavnik.pairs.Response;

/**
 * The one place where a Service Builder pair and its member rows become the API's record, and a
 * {@link PairState} becomes the status columns (after the portal's workflow fields: status,
 * statusDate, statusByUserId, plus a note), as the JDBC twin stores them.
 *
 * <p>{@code openInProgram} of a member row is 1 while the mentee has not declined and the pair
 * is open. A closed membership holds a negative number made from its own ID: the portal's
 * Hibernate type writes no NULL into an int column, so a shared "closed" value would make the
 * unique index (programId, menteeUserId, openInProgram) refuse a mentee's second closed
 * membership in a program. Distinct negative values let closed memberships pile up, and the
 * index still holds each mentee to one open pair per program.</p>
 */
final class PairMapping {

	static int openInProgram(Pair pair, PairMember member, long pairMemberId) {
		if (pair.state().isOpen() && (member.response() != Response.DECLINED)) {
			return OPEN;
		}

		return closed(pairMemberId);
	}

	static int closed(long pairMemberId) {
		return -(int)(pairMemberId % Integer.MAX_VALUE) - 1;
	}

	static Pair toPair(
		org.nastavnik.liferay.model.Pair pair,
		List<org.nastavnik.liferay.model.PairMember> pairMembers) {

		return new Pair(
			pair.getPairId(), pair.getProgramId(), pair.getMentorUserId(),
			Response.valueOf(pair.getMentorResponse()),
			pairMembers.stream(
			).map(
				pairMember -> new PairMember(
					pairMember.getMenteeUserId(), Response.valueOf(pairMember.getResponse()))
			).toList(),
			toState(pair), pair.getUserId(), Dates.toInstant(pair.getCreateDate()),
			pair.getMvccVersion());
	}

	static PairState toState(org.nastavnik.liferay.model.Pair pair) {
		Instant statusDate = Dates.toInstant(pair.getStatusDate());
		String statusNote = (pair.getStatusNote() == null) ? "" : pair.getStatusNote();

		return switch (PairStatus.valueOf(pair.getStatus())) {
			case PROPOSED -> new PairState.Proposed(statusDate);
			case ACTIVE -> new PairState.Active(statusDate);
			case COMPLETED -> new PairState.Completed(
				statusDate, pair.getStatusByUserId(), statusNote);
			case CANCELLED -> new PairState.Cancelled(
				statusDate, pair.getStatusByUserId(), statusNote);
			case DECLINED -> new PairState.Declined(statusDate, pair.getStatusByUserId());
		};
	}

	/**
	 * Writes the state into the status columns.
	 *
	 * @param state the state
	 * @param pair the row; its userId is the proposer, who is statusByUserId of a proposal
	 */
	static void writeState(PairState state, org.nastavnik.liferay.model.Pair pair) {
		pair.setStatus(state.status().name());
		pair.setStatusDate(Dates.toDate(state.since()));

		if (state instanceof PairState.Proposed) {
			pair.setStatusByUserId(pair.getUserId());
			pair.setStatusNote(null);
		}
		else if (state instanceof PairState.Active) {
			pair.setStatusByUserId(0);
			pair.setStatusNote(null);
		}
		else if (state instanceof PairState.Completed completed) {
			pair.setStatusByUserId(completed.byUserId());
			pair.setStatusNote(completed.summary());
		}
		else if (state instanceof PairState.Cancelled cancelled) {
			pair.setStatusByUserId(cancelled.byUserId());
			pair.setStatusNote(cancelled.reason());
		}
		else if (state instanceof PairState.Declined declined) {
			pair.setStatusByUserId(declined.byUserId());
			pair.setStatusNote(null);
		}
	}

	static final int OPEN = 1;

	private PairMapping() {
	}

}
