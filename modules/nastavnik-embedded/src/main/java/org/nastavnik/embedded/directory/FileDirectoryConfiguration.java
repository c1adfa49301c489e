package org.nastavnik.embedded.directory;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Where the embedded runtime's people and organizations come from.
 */
@ObjectClassDefinition(
	description = "People, organizations, roles and passwords of the embedded runtime.",
	id = "org.nastavnik.embedded.directory", name = "Nastavnik directory file"
)
public @interface FileDirectoryConfiguration {

	/**
	 * @return the path of a directory JSON file; empty for the built-in demo directory
	 */
	@AttributeDefinition(
		description = "Path of a directory JSON file. Empty: the built-in demo directory, where every password is \"demo\".",
		name = "File", required = false
	)
	String file() default "";

}
