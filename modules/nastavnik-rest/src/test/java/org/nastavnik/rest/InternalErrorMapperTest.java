package org.nastavnik.rest;

import static org.assertj.core.api.Assertions.assertThat;

import javax.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

class InternalErrorMapperTest {

	@Test
	void anythingUnexpectedIsAGeneric500WithoutAStackTrace() {
		Response response = new InternalErrorMapper(
			null
		).toResponse(
			new IllegalStateException("connection pool exhausted at Foo.java:42")
		);

		JsonNode problem = JsonTrees.of(response.getEntity());

		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
		assertThat(problem.get("code").asText()).isEqualTo("internal-error");
		assertThat(problem.get("detail").asText()).startsWith("На сервере произошла ошибка");
		assertThat(
			problem.toString()
		).doesNotContain(
			"pool", "Foo.java", "IllegalStateException"
		);
	}

}
