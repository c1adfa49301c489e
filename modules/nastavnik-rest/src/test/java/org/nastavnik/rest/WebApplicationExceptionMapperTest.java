package org.nastavnik.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import javax.ws.rs.InternalServerErrorException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

class WebApplicationExceptionMapperTest {

	@Test
	void notSignedInIsA401ProblemThatKeepsTheChallenge() {
		Response response = _mapper(
			"en"
		).toResponse(
			new NotAuthorizedException(Caller.CHALLENGE)
		);

		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
		assertThat(
			response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)
		).isEqualTo(
			Caller.CHALLENGE
		);
		assertThat(
			JsonTrees.of(response.getEntity()).get("detail").asText()
		).isEqualTo(
			"Sign in to continue."
		);
	}

	@Test
	void methodNotAllowedKeepsTheAllowedMethods() {
		Response response = _mapper(
			"ru"
		).toResponse(
			new NotAllowedException("GET", new String[] {"POST"})
		);

		assertThat(response.getStatus()).isEqualTo(405);
		assertThat(response.getAllowedMethods()).contains("GET", "POST");
		assertThat(
			JsonTrees.of(response.getEntity()).get("code").asText()
		).isEqualTo(
			"request.method-not-allowed"
		);
	}

	@Test
	void unknownRouteAndUnsupportedMediaTypeKeepTheirStatus() {
		assertThat(_mapper("en").toResponse(new NotFoundException()).getStatus()).isEqualTo(404);

		JsonNode problem = JsonTrees.of(
			_mapper(
				"en"
			).toResponse(
				new NotSupportedException()
			).getEntity());

		assertThat(problem.get("status").asInt()).isEqualTo(415);
		assertThat(problem.get("detail").asText()).contains("Content-Type: application/json");
	}

	@Test
	void invalidRequestNamesTheParameterInTheReadersLanguage() {
		JsonNode problem = JsonTrees.of(
			_mapper(
				"ru"
			).toResponse(
				InvalidRequestException.forField(
					"format", "request.parameter.unknown-value", "format", "ZOOM",
					"IN_PERSON, ONLINE")
			).getEntity());

		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("field").asText()).isEqualTo("format");
		assertThat(
			problem.get("detail").asText()
		).isEqualTo(
			"Параметр format не может быть «ZOOM»; допустимые значения: IN_PERSON, ONLINE."
		);
	}

	@Test
	void serverErrorsSayNothingOfTheCause() {
		JsonNode problem = JsonTrees.of(
			_mapper(
				"en"
			).toResponse(
				new InternalServerErrorException("database password is swordfish")
			).getEntity());

		assertThat(problem.get("status").asInt()).isEqualTo(500);
		assertThat(problem.toString()).doesNotContain("swordfish");
	}

	private static WebApplicationExceptionMapper _mapper(String acceptLanguage) {
		HttpHeaders httpHeaders = mock(HttpHeaders.class);

		when(
			httpHeaders.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)
		).thenReturn(
			acceptLanguage
		);

		return new WebApplicationExceptionMapper(httpHeaders);
	}

}
