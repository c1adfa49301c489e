package org.nastavnik.embedded.demo;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Whether the embedded runtime fills an empty database with demo data.
 */
@ObjectClassDefinition(
	description = "Demo mentors, mentees, a program and pairs for trying Nastavnik.",
	id = "org.nastavnik.embedded.demo", name = "Nastavnik demo data"
)
public @interface DemoDataConfiguration {

	/**
	 * @return whether to load the demo data when the database has no program yet
	 */
	@AttributeDefinition(
		description = "Load the demo data when the database has no program yet. Needs the built-in demo directory.",
		name = "Enabled", required = false
	)
	boolean enabled() default false;

}
