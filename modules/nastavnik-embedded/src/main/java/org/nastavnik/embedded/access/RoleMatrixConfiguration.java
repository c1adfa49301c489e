package org.nastavnik.embedded.access;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Where the embedded runtime's role matrix comes from.
 */
@ObjectClassDefinition(
	description = "Which actions each role holds in the embedded runtime.",
	id = "org.nastavnik.embedded.access", name = "Nastavnik role matrix"
)
public @interface RoleMatrixConfiguration {

	/**
	 * @return the path of a properties file of role=ACTION,ACTION lines; empty for the built-in one
	 */
	@AttributeDefinition(
		description = "Path of a properties file with lines role=ACTION,ACTION (or role=* for all). Empty: the built-in matrix.",
		name = "File", required = false
	)
	String file() default "";

}
