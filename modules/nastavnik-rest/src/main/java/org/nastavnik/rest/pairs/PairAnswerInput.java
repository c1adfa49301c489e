package org.nastavnik.rest.pairs;

import java.util.Optional;

/**
 * The optional body of accepting or declining a proposal.
 *
 * @param version the version the participant saw; absent to answer the latest
 */
public record PairAnswerInput(Optional<Long> version) {

	public PairAnswerInput {
		version = (version == null) ? Optional.empty() : version;
	}

}
