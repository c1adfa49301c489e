package org.nastavnik.liferay.internal.store.pairs;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.nastavnik.liferay.model.MentorStrength;
import org.nastavnik.pairs.MeetingFormat;
import org.nastavnik.pairs.MentorProfile;
import org.nastavnik.pairs.Strength;

/**
 * The one place where a Service Builder mentor profile and its strength rows become the API's
 * record. Formats are stored as in the JDBC twin: names, sorted, joined by commas.
 */
final class MentorMapping {

	static String toFormats(Set<MeetingFormat> formats) {

		// Sorted, so that equal sets are stored alike and compare in queries.

		return formats.stream(
		).sorted(
		).map(
			MeetingFormat::name
		).collect(
			Collectors.joining(",")
		);
	}

	static MentorProfile toMentorProfile(
		org.nastavnik.liferay.model.MentorProfile mentorProfile,
		List<MentorStrength> mentorStrengths) {

		return new MentorProfile(
			mentorProfile.getUserId(),
			mentorStrengths.stream(
			).map(
				mentorStrength -> new Strength(
					mentorStrength.getCompetencyId(), mentorStrength.getStrengthLevel())
			).toList(),
			mentorProfile.getCapacity(), _toFormats(mentorProfile.getFormats()),
			mentorProfile.getBio(), mentorProfile.getReservedSlots(),
			mentorProfile.getMvccVersion());
	}

	private static Set<MeetingFormat> _toFormats(String formats) {
		Set<MeetingFormat> meetingFormats = EnumSet.noneOf(MeetingFormat.class);

		if (formats == null) {
			return meetingFormats;
		}

		for (String format : formats.split(",")) {
			if (!format.isEmpty()) {
				meetingFormats.add(MeetingFormat.valueOf(format));
			}
		}

		return meetingFormats;
	}

	private MentorMapping() {
	}

}
