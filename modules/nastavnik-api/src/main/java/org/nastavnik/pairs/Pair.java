package org.nastavnik.pairs;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A mentoring pair, or a group when it has several mentees, within a program.
 *
 * @param pairId the ID
 * @param programId the program
 * @param mentorUserId the mentor
 * @param mentorResponse the mentor's answer to the proposal
 * @param members the mentees with their answers, in the order proposed
 * @param state where the pair is in its lifecycle
 * @param proposedByUserId the curator who proposed it
 * @param createDate when it was proposed
 * @param version the optimistic-locking version; each change increments it
 */
public record Pair(
	long pairId, long programId, long mentorUserId, Response mentorResponse,
	List<PairMember> members, PairState state, long proposedByUserId, Instant createDate,
	long version) {

	public Pair {
		Objects.requireNonNull(mentorResponse, "mentorResponse");
		members = List.copyOf(members);
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(createDate, "createDate");
	}

	/**
	 * @return the mentees who have not declined
	 */
	public List<Long> menteeUserIds() {
		return members.stream(
		).filter(
			member -> member.response() != Response.DECLINED
		).map(
			PairMember::menteeUserId
		).toList();
	}

	/**
	 * @return how many of the mentor's places the pair holds: its mentees while it is open
	 */
	public int reservedSlots() {
		return state.isOpen() ? menteeUserIds().size() : 0;
	}

	/**
	 * @param userId a user ID
	 * @return whether the person is the mentor or one of the mentees (declined ones included)
	 */
	public boolean isParticipant(long userId) {
		return (mentorUserId == userId) ||
			members.stream().anyMatch(member -> member.menteeUserId() == userId);
	}

	/**
	 * @param response the mentor's new answer
	 * @return this pair with it
	 */
	public Pair withMentorResponse(Response response) {
		return new Pair(
			pairId, programId, mentorUserId, response, members, state, proposedByUserId, createDate,
			version);
	}

	/**
	 * @param menteeUserId a mentee of this pair
	 * @param response the mentee's new answer
	 * @return this pair with it
	 */
	public Pair withMemberResponse(long menteeUserId, Response response) {
		List<PairMember> changed = members.stream(
		).map(
			member -> (member.menteeUserId() == menteeUserId) ?
				new PairMember(menteeUserId, response) : member
		).toList();

		return new Pair(
			pairId, programId, mentorUserId, mentorResponse, changed, state, proposedByUserId,
			createDate, version);
	}

	/**
	 * @param newState the new state
	 * @return this pair in it
	 */
	public Pair withState(PairState newState) {
		return new Pair(
			pairId, programId, mentorUserId, mentorResponse, members, newState, proposedByUserId,
			createDate, version);
	}

}
