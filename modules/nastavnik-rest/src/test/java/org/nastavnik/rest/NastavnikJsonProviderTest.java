package org.nastavnik.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.nastavnik.pairs.MeetingFormat;
import org.nastavnik.rest.pairs.MentorInput;
import org.nastavnik.rest.program.ProgramInput;

class NastavnikJsonProviderTest {

	@Test
	void readsAMentorInputWithoutVersionAsACreation() throws IOException {
		MentorInput mentorInput = _read(
			MentorInput.class,
			"{\"strengths\":[{\"competencyId\":3,\"level\":4}],\"capacity\":2," +
				"\"formats\":[\"ONLINE\"],\"bio\":\"Учитель математики\"}");

		assertThat(mentorInput.version()).isEmpty();
		assertThat(mentorInput.formats()).containsExactly(MeetingFormat.ONLINE);
		assertThat(mentorInput.toDraft().strengths().get(0).level()).isEqualTo(4);
	}

	@Test
	void readsAVersionAndIsoDates() throws IOException {
		ProgramInput programInput = _read(
			ProgramInput.class,
			"{\"title\":\"Школа молодого педагога\",\"startDate\":\"2026-09-01\"," +
				"\"endDate\":\"2027-05-31\",\"curatorUserIds\":[4]}");

		assertThat(programInput.startDate()).isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(
			_read(MentorInput.class, "{\"capacity\":1,\"version\":3}").version()
		).isEqualTo(
			Optional.of(3L)
		);
	}

	@Test
	void writesDatesAsIsoStrings() throws IOException {
		ByteArrayOutputStream outputStream = new ByteArrayOutputStream();

		new NastavnikJsonProvider().writeTo(
			new Dated(LocalDate.of(2026, 11, 23), Instant.parse("2026-11-23T08:15:00Z")),
			Dated.class, Dated.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
			new MultivaluedHashMap<>(), outputStream);

		assertThat(
			outputStream.toString(StandardCharsets.UTF_8)
		).isEqualTo(
			"{\"day\":\"2026-11-23\",\"moment\":\"2026-11-23T08:15:00Z\"}"
		);
	}

	@Test
	void malformedJsonIsA400() {
		JsonNode problem = _problem(MentorInput.class, "{\"capacity\":");

		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("code").asText()).isEqualTo("json.malformed");
		assertThat(problem.get("detail").asText()).isEqualTo("The body is not valid JSON.");
	}

	@Test
	void unknownPropertyIsA400NamingIt() {
		JsonNode problem = _problem(MentorInput.class, "{\"capacity\":2,\"colour\":\"red\"}");

		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("code").asText()).isEqualTo("json.property.unknown");
		assertThat(problem.get("field").asText()).isEqualTo("colour");
	}

	@Test
	void valueOfTheWrongTypeIsA400NamingItsPath() {
		assertThat(
			_problem(MentorInput.class, "{\"capacity\":\"many\"}").get("field").asText()
		).isEqualTo(
			"capacity"
		);
		assertThat(
			_problem(
				MentorInput.class, "{\"strengths\":[{\"competencyId\":3,\"level\":\"high\"}]}"
			).get(
				"field"
			).asText()
		).isEqualTo(
			"strengths[0].level"
		);

		JsonNode problem = _problem(MentorInput.class, "{\"formats\":[\"BY_PIGEON\"]}");

		assertThat(problem.get("code").asText()).isEqualTo("json.value.invalid");
		assertThat(problem.get("field").asText()).isEqualTo("formats[0]");
		assertThat(
			problem.get("detail").asText()
		).isEqualTo(
			"The value of formats[0] is invalid."
		);
	}

	@Test
	void nullInAListIsA400NotANullPointer() {
		JsonNode problem = _problem(ProgramInput.class, "{\"curatorUserIds\":[null]}");

		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("field").asText()).startsWith("curatorUserIds");
	}

	@Test
	void bodyOfTheWrongShapeIsA400() {
		JsonNode problem = _problem(ProgramInput.class, "[1,2]");

		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("code").asText()).isEqualTo("json.body.invalid");
	}

	@Test
	void emptyBodyIsReadAsNone() throws IOException {
		assertThat(_read(ProgramInput.class, "")).isNull();
	}

	/**
	 * A value with both kinds of date.
	 *
	 * @param day a date
	 * @param moment an instant
	 */
	record Dated(LocalDate day, Instant moment) {
	}

	private static JsonNode _problem(Class<?> type, String json) {
		JsonProcessingException jsonProcessingException = catchThrowableOfType(
			JsonProcessingException.class, () -> _read(type, json));

		return JsonTrees.of(JsonExceptionMapper.problem(jsonProcessingException, Locale.ENGLISH));
	}

	@SuppressWarnings({"rawtypes", "unchecked"})
	private static <T> T _read(Class<T> type, String json) throws IOException {
		return (T)new NastavnikJsonProvider().readFrom(
			(Class)type, type, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
			new MultivaluedHashMap<>(),
			new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

}
