package org.nastavnik.embedded.demo;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.nastavnik.pairs.MeetingFormat;
import org.nastavnik.pairs.MenteeCategory;

/**
 * The demo data as its JSON resource states it: people by screen name, competencies by code.
 *
 * @param program the program
 * @param mentors the mentor-bank entries
 * @param mentees the mentee-registry entries
 * @param pairs the pairs, proposed by the program's first curator
 */
record DemoContent(
	ProgramEntry program, List<MentorEntry> mentors, List<MenteeEntry> mentees,
	List<PairEntry> pairs) {

	DemoContent {
		Objects.requireNonNull(program, "program");
		mentors = List.copyOf(mentors);
		mentees = List.copyOf(mentees);
		pairs = List.copyOf(pairs);
	}

	static DemoContent read(InputStream inputStream) throws IOException {
		return new ObjectMapper().readValue(inputStream, DemoContent.class);
	}

	/**
	 * @param title the title
	 * @param description the description
	 * @param startDate the first day, {@code YYYY-MM-DD}
	 * @param endDate the last day, {@code YYYY-MM-DD}
	 * @param curators the curators' screen names
	 */
	record ProgramEntry(
		String title, String description, String startDate, String endDate,
		List<String> curators) {

		ProgramEntry {
			curators = List.copyOf(curators);

			if (curators.isEmpty()) {
				throw new IllegalArgumentException("A demo program needs a curator");
			}
		}

	}

	/**
	 * @param screenName the mentor
	 * @param capacity how many mentees at most
	 * @param formats the meeting formats
	 * @param strengths levels by competency code
	 * @param bio the introduction
	 */
	record MentorEntry(
		String screenName, int capacity, Set<MeetingFormat> formats,
		Map<String, Integer> strengths, String bio) {

		MentorEntry {
			Objects.requireNonNull(screenName, "screenName");
			formats = Set.copyOf(formats);
			// Copied in order, so the strengths keep the order they are written in.
			strengths = Collections.unmodifiableMap(new LinkedHashMap<>(strengths));
		}

	}

	/**
	 * @param screenName the mentee
	 * @param category why they are in the registry
	 * @param yearsOfExperience full years of teaching
	 * @param supportNeeds competency codes
	 */
	record MenteeEntry(
		String screenName, MenteeCategory category, int yearsOfExperience,
		List<String> supportNeeds) {

		MenteeEntry {
			Objects.requireNonNull(screenName, "screenName");
			supportNeeds = List.copyOf(supportNeeds);
		}

	}

	/**
	 * @param mentor the mentor's screen name
	 * @param mentees the mentees' screen names
	 * @param acceptedBy who accepts the proposal, in order
	 */
	record PairEntry(String mentor, List<String> mentees, List<String> acceptedBy) {

		PairEntry {
			Objects.requireNonNull(mentor, "mentor");
			mentees = List.copyOf(mentees);
			acceptedBy = (acceptedBy == null) ? List.of() : List.copyOf(acceptedBy);
		}

	}

}
