package org.nastavnik.liferay.internal.store.program;

import java.util.List;

import org.nastavnik.liferay.internal.store.Dates;
import org.nastavnik.liferay.model.ProgramCurator;
import org.nastavnik.program.Program;

/**
 * The one place where a Service Builder program and its curator rows become the API's record.
 * The creator is the row's {@code userId}; the version is its {@code mvccVersion}.
 */
final class ProgramMapping {

	static Program toProgram(
		org.nastavnik.liferay.model.Program program, List<ProgramCurator> programCurators) {

		return new Program(
			program.getProgramId(), program.getTitle(), program.getDescription(),
			Dates.toLocalDate(program.getStartDate()), Dates.toLocalDate(program.getEndDate()),
			programCurators.stream(
			).map(
				ProgramCurator::getCuratorUserId
			).toList(),
			program.getUserId(), Dates.toInstant(program.getCreateDate()),
			program.getMvccVersion());
	}

	private ProgramMapping() {
	}

}
