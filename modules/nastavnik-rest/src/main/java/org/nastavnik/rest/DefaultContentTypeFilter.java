package org.nastavnik.rest;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;

/**
 * Reads a request without {@code Content-Type} as JSON, the only type the API takes, so that a
 * command whose body is optional ({@code POST /pairs/7/accept}) can be sent with none at all
 * instead of failing with 415.
 */
@Component(
	property = {
		JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "=" + NastavnikApplication.SELECT,
		JaxrsWhiteboardConstants.JAX_RS_EXTENSION + "=true",
		JaxrsWhiteboardConstants.JAX_RS_NAME + "=nastavnik.default.content.type"
	},
	service = ContainerRequestFilter.class
)
@PreMatching
public class DefaultContentTypeFilter implements ContainerRequestFilter {

	@Override
	public void filter(ContainerRequestContext containerRequestContext) {
		if (containerRequestContext.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
			containerRequestContext.getHeaders().putSingle(
				HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
		}
	}

}
