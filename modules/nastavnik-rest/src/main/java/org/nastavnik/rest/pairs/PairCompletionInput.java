package org.nastavnik.rest.pairs;

import java.util.Objects;
import java.util.Optional;

/**
 * The body of completing a pair.
 *
 * @param version the version the caller saw; required
 * @param summary a plain-text summary of the results, possibly empty
 */
public record PairCompletionInput(Optional<Long> version, String summary) {

	public PairCompletionInput {
		version = (version == null) ? Optional.empty() : version;
		summary = Objects.requireNonNullElse(summary, "");
	}

}
