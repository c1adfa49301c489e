package org.nastavnik.rest.pairs;

import java.util.Objects;
import java.util.Optional;

/**
 * The body of cancelling a pair.
 *
 * @param version the version the caller saw; required
 * @param reason why; the service requires one
 */
public record PairCancellationInput(Optional<Long> version, String reason) {

	public PairCancellationInput {
		version = (version == null) ? Optional.empty() : version;
		reason = Objects.requireNonNullElse(reason, "");
	}

}
