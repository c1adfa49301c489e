package org.nastavnik.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;

/**
 * Tells load balancers and the launcher that the API is up; needs no sign-in.
 */
@Component(
	property = {
		JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "=" + NastavnikApplication.SELECT,
		JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true"
	},
	service = HealthResource.class
)
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

	/**
	 * @return {@code {"status":"UP"}}
	 */
	@GET
	public Health health() {
		return new Health("UP");
	}

	/**
	 * The API's health.
	 *
	 * @param status {@code UP} while the API answers
	 */
	public record Health(String status) {
	}

}
