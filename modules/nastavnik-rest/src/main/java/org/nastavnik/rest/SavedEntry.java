package org.nastavnik.rest;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

/**
 * The answer to a PUT that creates an entry when no version was sent and changes it otherwise.
 */
public final class SavedEntry {

	/**
	 * @param uriInfo the request's URIs; a created entry lives at the request's own URI
	 * @param entity the saved entry as JSON
	 * @param created whether the PUT created the entry
	 * @return 201 with a Location when created, else 200
	 */
	public static Response response(UriInfo uriInfo, Object entity, boolean created) {
		if (created) {
			return Response.created(
				uriInfo.getAbsolutePath()
			).entity(
				entity
			).build();
		}

		return Response.ok(
			entity
		).build();
	}

	private SavedEntry() {
	}

}
