package org.nastavnik.rest;

import java.util.Set;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The Nastavnik REST API as one JAX-RS whiteboard application. Its resources and providers are
 * whiteboard services of their own that select it by {@link #NAME}; the application itself has
 * none.
 *
 * <p>The base is {@code /api/v1} unless the configuration {@value #CONFIGURATION_PID} sets
 * another (the portal serves it under {@code /nastavnik/v1}).</p>
 */
@Component(
	configurationPid = NastavnikApplication.CONFIGURATION_PID,
	property = {
		JaxrsWhiteboardConstants.JAX_RS_APPLICATION_BASE + "=/api/v1",
		JaxrsWhiteboardConstants.JAX_RS_NAME + "=" + NastavnikApplication.NAME
	},
	service = Application.class
)
@Designate(ocd = NastavnikApplicationConfiguration.class)
public class NastavnikApplication extends Application {

	/** The PID of the configuration that may override the base and add runtime properties. */
	public static final String CONFIGURATION_PID = "org.nastavnik.rest.NastavnikApplication";

	/** The application's {@code osgi.jaxrs.name}. */
	public static final String NAME = "nastavnik";

	/** The filter with which resources and extensions select this application. */
	public static final String SELECT = "(" + JaxrsWhiteboardConstants.JAX_RS_NAME + "=" + NAME + ")";

	@Override
	public Set<Object> getSingletons() {
		return Set.of();
	}

}
