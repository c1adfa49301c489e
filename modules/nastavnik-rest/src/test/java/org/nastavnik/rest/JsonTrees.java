package org.nastavnik.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes values as the API does and reads them back as trees to assert on.
 */
public final class JsonTrees {

	/**
	 * @param value a value the API returns
	 * @return its JSON as a tree
	 */
	public static JsonNode of(Object value) {
		try {
			return _objectMapper.readTree(_objectMapper.writeValueAsString(value));
		}
		catch (JsonProcessingException jsonProcessingException) {
			throw new AssertionError(jsonProcessingException);
		}
	}

	private JsonTrees() {
	}

	private static final ObjectMapper _objectMapper = NastavnikJsonProvider.newObjectMapper();

}
