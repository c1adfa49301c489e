package org.nastavnik.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.stream.Stream;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nastavnik.failure.AccessDeniedException;
import org.nastavnik.failure.ConflictException;
import org.nastavnik.failure.InvalidInputException;
import org.nastavnik.failure.NastavnikException;
import org.nastavnik.failure.NotFoundException;
import org.nastavnik.failure.RuleViolationException;

class NastavnikExceptionMapperTest {

	static Stream<Arguments> failures() {
		return Stream.of(
			Arguments.of(new AccessDeniedException("access.denied", "ADD_PROGRAM"), 403),
			Arguments.of(new ConflictException("version.stale"), 409),
			Arguments.of(InvalidInputException.forField("capacity", "mentor.capacity.invalid", 1, 10), 400),
			Arguments.of(new NotFoundException("pair.not-found", 5L), 404),
			Arguments.of(new RuleViolationException("pair.not-active", "PROPOSED"), 422));
	}

	@MethodSource("failures")
	@ParameterizedTest
	void eachKindOfFailureHasItsStatus(NastavnikException exception, int status) {
		Response response = new NastavnikExceptionMapper(null).toResponse(exception);

		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
		assertThat(JsonTrees.of(response.getEntity()).get("status").asInt()).isEqualTo(status);
	}

	@Test
	void problemCarriesTheLocalizedDetailTheFieldAndTheCode() {
		JsonNode problem = JsonTrees.of(
			new NastavnikExceptionMapper(
				_acceptLanguage("ru")
			).toResponse(
				InvalidInputException.forField("capacity", "mentor.capacity.invalid", 1, 10)
			).getEntity());

		assertThat(
			problem.get("type").asText()
		).isEqualTo(
			"urn:nastavnik:problem:mentor.capacity.invalid"
		);
		assertThat(problem.get("title").asText()).isEqualTo("Bad Request");
		assertThat(
			problem.get("detail").asText()
		).isEqualTo(
			"Число наставляемых должно быть от 1 до 10."
		);
		assertThat(problem.get("field").asText()).isEqualTo("capacity");
		assertThat(problem.get("code").asText()).isEqualTo("mentor.capacity.invalid");
	}

	@Test
	void detailIsInEnglishWhenAskedAndFieldIsAbsentWhenUnknown() {
		JsonNode problem = JsonTrees.of(
			new NastavnikExceptionMapper(
				_acceptLanguage("en-GB,en;q=0.8")
			).toResponse(
				new RuleViolationException("pair.not-active", "PROPOSED")
			).getEntity());

		assertThat(problem.get("title").asText()).isEqualTo("Unprocessable Entity");
		assertThat(
			problem.get("detail").asText()
		).isEqualTo(
			"Only an active pair can be completed; this one is PROPOSED."
		);
		assertThat(problem.has("field")).isFalse();
	}

	@Test
	void russianIsTheDefaultLanguage() {
		JsonNode problem = JsonTrees.of(
			new NastavnikExceptionMapper(
				null
			).toResponse(
				new ConflictException("version.stale")
			).getEntity());

		assertThat(problem.get("detail").asText()).startsWith("Запись уже изменил");
	}

	private static HttpHeaders _acceptLanguage(String value) {
		HttpHeaders httpHeaders = mock(HttpHeaders.class);

		when(httpHeaders.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).thenReturn(value);

		return httpHeaders;
	}

}
