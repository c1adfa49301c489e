package org.nastavnik.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;

/**
 * Serves the OpenAPI 3.0 description of the API, {@code openapi.json} beside this class, with
 * the server URL of the runtime that answers. Needs no sign-in.
 */
@Component(
	property = {
		JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "=" + NastavnikApplication.SELECT,
		JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true"
	},
	service = OpenApiResource.class
)
@Path("/openapi.json")
@Produces(MediaType.APPLICATION_JSON)
public class OpenApiResource {

	/**
	 * @return the document as stored in the bundle
	 */
	public static ObjectNode document() {
		try (InputStream inputStream = OpenApiResource.class.getResourceAsStream(
				"openapi.json")) {

			return (ObjectNode)NastavnikJsonProvider.newObjectMapper(
			).readTree(
				inputStream
			);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	public OpenApiResource() {
		_document = document();
	}

	/**
	 * @param uriInfo the request's URIs
	 * @return the document, its server the base this request came to (it differs by runtime)
	 */
	@GET
	public ObjectNode openApi(@Context UriInfo uriInfo) {
		ObjectNode document = _document.deepCopy();

		String base = uriInfo.getBaseUri().getPath();

		document.putArray(
			"servers"
		).addObject(
		).put(
			"url", base.endsWith("/") ? base.substring(0, base.length() - 1) : base
		);

		return document;
	}

	private final ObjectNode _document;

}
