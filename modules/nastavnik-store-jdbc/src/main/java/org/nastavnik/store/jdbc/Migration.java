package org.nastavnik.store.jdbc;

import java.util.List;
import java.util.Objects;

/**
 * A versioned SQL script of the schema, as listed in
 * {@code org/nastavnik/store/jdbc/migration/migrations.list}.
 *
 * @param version the version it brings the schema to, from 1
 * @param description what it adds, from its file name ({@code V2__mentoring_events.sql} →
 *        {@code mentoring events})
 * @param statements its statements, in order
 */
public record Migration(int version, String description, List<String> statements) {

	public Migration {
		if (version < 1) {
			throw new IllegalArgumentException("Versions start at 1: " + version);
		}

		Objects.requireNonNull(description, "description");
		statements = List.copyOf(statements);
	}

}
