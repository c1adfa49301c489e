package org.nastavnik.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.nastavnik.failure.InvalidInputException;
import org.nastavnik.pairs.PairStatus;
import org.nastavnik.paging.PageRequest;

class QueryParametersTest {

	@Test
	void pageDefaultsToTheFirstOfTwenty() {
		assertThat(QueryParameters.pageRequest(null, null)).isEqualTo(new PageRequest(1, 20));
		assertThat(QueryParameters.pageRequest("3", "50")).isEqualTo(new PageRequest(3, 50));
	}

	@Test
	void pageSizeOutOfRangeIsTheServicesInvalidInput() {
		assertThatThrownBy(
			() -> QueryParameters.pageRequest("1", "99999999999")
		).isInstanceOfSatisfying(
			InvalidInputException.class,
			invalidInputException -> assertThat(invalidInputException.field()).contains("pageSize")
		);
	}

	@Test
	void pageThatIsNotANumberNamesTheParameter() {
		assertThatThrownBy(
			() -> QueryParameters.pageRequest("two", null)
		).isInstanceOfSatisfying(
			InvalidRequestException.class,
			invalidRequestException -> {
				assertThat(invalidRequestException.field()).contains("page");
				assertThat(
					invalidRequestException.messageKey()
				).isEqualTo(
					"request.parameter.not-a-number"
				);
			}
		);
	}

	@Test
	void unknownEnumValueIsA400NamingTheParameterAndTheValues() {
		assertThat(
			QueryParameters.optionalEnum("status", "ACTIVE", PairStatus.class)
		).contains(
			PairStatus.ACTIVE
		);
		assertThat(QueryParameters.optionalEnum("status", null, PairStatus.class)).isEmpty();

		assertThatThrownBy(
			() -> QueryParameters.optionalEnum("status", "active", PairStatus.class)
		).isInstanceOfSatisfying(
			InvalidRequestException.class,
			invalidRequestException -> {
				assertThat(invalidRequestException.field()).contains("status");
				assertThat(
					invalidRequestException.arguments()
				).containsExactly(
					"status", "active", "PROPOSED, ACTIVE, COMPLETED, CANCELLED, DECLINED"
				);
			}
		);
	}

	@Test
	void flagIsTrueFalseOrTheDefault() {
		assertThat(QueryParameters.flag("mine", "true", false)).isTrue();
		assertThat(QueryParameters.flag("mine", null, false)).isFalse();
		assertThatThrownBy(
			() -> QueryParameters.flag("mine", "yes", false)
		).isInstanceOf(
			InvalidRequestException.class
		);
	}

	@Test
	void idIsOptional() {
		assertThat(QueryParameters.optionalId("competencyId", "")).isEmpty();
		assertThat(QueryParameters.optionalId("competencyId", "4")).isEqualTo(Optional.of(4L));
		assertThatThrownBy(
			() -> QueryParameters.optionalId("competencyId", "4x")
		).isInstanceOf(
			InvalidRequestException.class
		);
	}

}
