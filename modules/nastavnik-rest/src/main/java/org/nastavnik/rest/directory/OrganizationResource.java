package org.nastavnik.rest.directory;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.nastavnik.directory.Directory;
import org.nastavnik.rest.Caller;
import org.nastavnik.rest.NastavnikApplication;
import org.nastavnik.rest.PageJson;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;

/**
 * {@code /organizations}: the educational organizations of the municipality.
 */
@Component(
	property = {
		JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "=" + NastavnikApplication.SELECT,
		JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true"
	},
	service = OrganizationResource.class
)
@Path("/organizations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {

	@Activate
	public OrganizationResource(@Reference Directory directory) {
		_directory = directory;
	}

	/**
	 * @param request the request
	 * @return every organization, by name, as one page
	 */
	@GET
	public PageJson<OrganizationJson> organizations(@Context HttpServletRequest request) {
		Caller.actor(request);

		return PageJson.whole(
			_directory.organizations(
			).stream(
			).map(
				OrganizationJson::of
			).toList());
	}

	private final Directory _directory;

}
