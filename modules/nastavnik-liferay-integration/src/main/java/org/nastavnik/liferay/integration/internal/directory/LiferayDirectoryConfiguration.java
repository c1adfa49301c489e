package org.nastavnik.liferay.integration.internal.directory;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Which portal organization types are kindergartens and which are schools. Types are those of
 * the portal's organization type configuration ({@code organization} by default); matching
 * ignores case, and every other type is {@code OTHER}.
 */
@ObjectClassDefinition(
	description = "Which portal organization types Nastavnik treats as kindergartens and as schools; any other type is \"other\".",
	id = "org.nastavnik.liferay.integration.directory",
	name = "Nastavnik organization kinds"
)
public @interface LiferayDirectoryConfiguration {

	/**
	 * @return organization types that are kindergartens (ДОО)
	 */
	@AttributeDefinition(
		description = "Organization types that are kindergartens.",
		name = "Kindergarten types", required = false
	)
	String[] kindergartenTypes() default "kindergarten";

	/**
	 * @return organization types that are schools
	 */
	@AttributeDefinition(
		description = "Organization types that are schools.",
		name = "School types", required = false
	)
	String[] schoolTypes() default "school";

}
