package org.nastavnik.rest.competency;

import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.nastavnik.competency.CompetencyService;
import org.nastavnik.rest.Caller;
import org.nastavnik.rest.NastavnikApplication;
import org.nastavnik.rest.PageJson;
import org.nastavnik.rest.RequestLanguage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;

/**
 * {@code /competencies}: the competency framework.
 */
@Component(
	property = {
		JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "=" + NastavnikApplication.SELECT,
		JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true"
	},
	service = CompetencyResource.class
)
@Path("/competencies")
@Produces(MediaType.APPLICATION_JSON)
public class CompetencyResource {

	@Activate
	public CompetencyResource(@Reference CompetencyService competencyService) {
		_competencyService = competencyService;
	}

	/**
	 * @param request the request
	 * @param acceptLanguage the language of the names
	 * @return every competency, in the framework's order, as one page
	 */
	@GET
	public PageJson<CompetencyJson> competencies(
		@Context HttpServletRequest request,
		@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {

		Caller.actor(request);

		Locale locale = RequestLanguage.of(acceptLanguage);

		return PageJson.whole(
			_competencyService.competencies(
			).stream(
			).map(
				competency -> CompetencyJson.of(competency, locale)
			).toList());
	}

	private final CompetencyService _competencyService;

}
