package org.nastavnik.store.jdbc;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The database of the embedded runtime, configured under the PID {@value #PID}.
 */
@ObjectClassDefinition(
	description = "The database of the embedded runtime: an H2 file by default, or PostgreSQL 14+.",
	id = JdbcConfiguration.PID, name = "Nastavnik database"
)
public @interface JdbcConfiguration {

	/** The configuration PID. */
	String PID = "org.nastavnik.store.jdbc";

	@AttributeDefinition(
		description = "jdbc:h2:<file path> or jdbc:postgresql://<host>:<port>/<database>",
		name = "JDBC URL"
	)
	String url() default "jdbc:h2:./data/nastavnik";

	@AttributeDefinition(name = "User")
	String user() default "sa";

	@AttributeDefinition(name = "Password", required = false, type = AttributeType.PASSWORD)
	String password() default "";

	@AttributeDefinition(
		description = "The most connections open at once.", max = "100", min = "1",
		name = "Maximum pool size"
	)
	int maximumPoolSize() default 10;

}
