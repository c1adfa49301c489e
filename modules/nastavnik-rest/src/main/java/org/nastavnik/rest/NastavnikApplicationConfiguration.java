package org.nastavnik.rest;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Where the REST API is served. Properties a runtime adds beyond these (the portal's
 * {@code auth.verifier.*}) pass through to the application service unchanged.
 */
@ObjectClassDefinition(
	id = NastavnikApplication.CONFIGURATION_PID, name = "Nastavnik REST API",
	description = "Where the JAX-RS whiteboard serves the Nastavnik REST API."
)
public @interface NastavnikApplicationConfiguration {

	/**
	 * @return the path of the API below the whiteboard's root
	 */
	@AttributeDefinition(
		name = "Base path", description = "osgi.jaxrs.application.base, e.g. /api/v1"
	)
	String osgi_jaxrs_application_base() default "/api/v1";

}
