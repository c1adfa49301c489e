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
 * Reads the competency framework. The first read of an empty framework seeds the default one:
 * in the portal only a request knows the company and site it belongs to, and activation knows
 * neither, so seeding waits for the first use in both runtimes.
 */
@Component(service = CompetencyService.class)
public class CompetencyServiceImpl implements CompetencyService {

	@Activate
	public CompetencyServiceImpl(
		@Reference CompetencyStore competencyStore, @Reference Transactions transactions) {

		_competencyStore = competencyStore;
		_transactions = transactions;
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
		return _transactions.required(
			() -> {
				List<Competency> competencies = _competencyStore.findAll();

				if (!competencies.isEmpty()) {
					return competencies;
				}

				// Adding only missing codes makes a concurrent first read harmless.
				_competencyStore.addMissing(DefaultCompetencyFramework.competencies());

				return _competencyStore.findAll();
			});
	}

	private final CompetencyStore _competencyStore;
	private final Transactions _transactions;

}
