package org.nastavnik.rest;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;

/**
 * Reads and writes the API's JSON (and problem+json). The Aries Jackson extension serves only
 * the default application, so the named application brings its own.
 */
@Component(
	property = {
		JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "=" + NastavnikApplication.SELECT,
		JaxrsWhiteboardConstants.JAX_RS_EXTENSION + "=true",
		JaxrsWhiteboardConstants.JAX_RS_MEDIA_TYPE + "=" + MediaType.APPLICATION_JSON,
		JaxrsWhiteboardConstants.JAX_RS_NAME + "=nastavnik.json"
	},
	service = {MessageBodyReader.class, MessageBodyWriter.class}
)
public class NastavnikJsonProvider extends JacksonJsonProvider {

	/**
	 * @return a mapper configured as the API reads and writes: ISO dates, empty {@code Optional}s
	 *         as absent, unknown properties rejected
	 */
	public static ObjectMapper newObjectMapper() {
		return JsonMapper.builder(
		).addModule(
			new Jdk8Module()
		).addModule(
			new JavaTimeModule()
		).disable(
			SerializationFeature.WRITE_DATES_AS_TIMESTAMPS
		).disable(
			DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE
		).enable(
			DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES
		).defaultSetterInfo(

			// [null] in a list is a client's mistake, not a NullPointerException deep inside

			JsonSetter.Value.forContentNulls(Nulls.FAIL)
		).build();
	}

	public NastavnikJsonProvider() {
		super(newObjectMapper());
	}

}
