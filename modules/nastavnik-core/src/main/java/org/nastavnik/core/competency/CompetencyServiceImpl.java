package org.nastavnik.core.competency;

import java.util.List;

import org.nastavnik.competency.Competency;
import org.nastavnik.competency.CompetencyService;
import org.nastavnik.competency.CompetencyStore;
import org.nastavnik.failure.NotFoundException;
import org.nastavnik.transaction.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reads the competency framework, and seeds the default one so that it exists before anyone
 * can reference the service.
 */
@Component(service = CompetencyService.class)
public class CompetencyServiceImpl implements CompetencyService {

	@Activate
	public CompetencyServiceImpl(
		@Reference CompetencyStore competencyStore, @Reference Transactions transactions) {

		_competencyStore = competencyStore;
		_transactions = transactions;

		// Adding only missing codes makes a restart, or a second cluster node, harmless.
		_transactions.required(
			() -> _competencyStore.addMissing(DefaultCompetencyFramework.competencies()));
	}

	@Override
	public Competency competency(long competencyId) {
		return competencies(
		).stream(
		).filter(
			competency -> competency.competencyId() == competencyId
		).findFirst(
		).orElseThrow(
			() -> new NotFoundException("competency.not-found", competencyId)
		);
	}

	@Override
	public List<Competency> competencies() {
		return _transactions.required(_competencyStore::findAll);
	}

	private final CompetencyStore _competencyStore;
	private final Transactions _transactions;

}
