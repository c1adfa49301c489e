package org.nastavnik.embedded.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nastavnik.access.Action;
import org.nastavnik.access.Actor;
import org.nastavnik.embedded.directory.Accounts;
import org.nastavnik.pairs.PairActions;
import org.nastavnik.program.ProgramActions;

class RoleMatrixAccessControlTest {

	@MethodSource("theMatrix")
	@ParameterizedTest(name = "{0} may {1}: {2}")
	void theBuiltInMatrixGrantsEachRoleItsActions(String role, Action action, boolean allowed)
		throws IOException {

		Accounts accounts = mock(Accounts.class);

		when(accounts.roles(42)).thenReturn(role.isEmpty() ? Set.of() : Set.of(role));

		RoleMatrixAccessControl accessControl = new RoleMatrixAccessControl(
			accounts, RoleMatrixAccessControl.defaultMatrix());

		assertThat(accessControl.isAllowed(new Actor(42), action)).isEqualTo(allowed);
	}

	@Test
	void aPersonWithTwoRolesHoldsTheActionsOfBoth() {
		Accounts accounts = mock(Accounts.class);

		when(accounts.roles(42)).thenReturn(Set.of("editor", "moderator"));

		RoleMatrixAccessControl accessControl = new RoleMatrixAccessControl(
			accounts,
			new RoleMatrix(
				Map.of(
					"editor", Set.of("PUBLISH_MATERIAL"), "moderator", Set.of("MODERATE"))));

		assertThat(accessControl.isAllowed(new Actor(42), new Action("PUBLISH_MATERIAL"))).isTrue();
		assertThat(accessControl.isAllowed(new Actor(42), new Action("MODERATE"))).isTrue();
		assertThat(accessControl.isAllowed(new Actor(42), PairActions.MANAGE_PAIRS)).isFalse();
	}

	@Test
	void aMatrixFileReadsSpacesAndStarsAndRejectsMalformedActions() throws IOException {
		RoleMatrix roleMatrix = _read("methodologist = VIEW_REPORTS , ADD_PROGRAM\nroot=*\n");

		assertThat(roleMatrix.actionsByRole()).containsOnlyKeys("methodologist", "root");
		assertThat(roleMatrix.allows(List.of("methodologist"), ProgramActions.ADD_PROGRAM)).isTrue();
		assertThat(roleMatrix.allows(List.of("root"), new Action("ANY_FUTURE_ACTION"))).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> _read("curator=add_program\n"));
	}

	static Stream<Arguments> theMatrix() {
		Map<String, Set<String>> expected = Map.of(
			"administrator", Set.copyOf(_ACTIONS),
			"curator", Set.of("ADD_PROGRAM", "MANAGE_PAIRS", "MANAGE_MENTOR_BANK", "VIEW_REPORTS"),
			"editor", Set.of("PUBLISH_MATERIAL"),
			"moderator", Set.of("MODERATE"),
			"", Set.of(),
			"mentor", Set.of());

		List<Arguments> arguments = new ArrayList<>();

		expected.forEach(
			(role, allowed) -> {
				for (String action : _ACTIONS) {
					arguments.add(
						Arguments.of(role, new Action(action), allowed.contains(action)));
				}
			});

		return arguments.stream();
	}

	private static RoleMatrix _read(String text) throws IOException {
		return RoleMatrix.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static final List<String> _ACTIONS = Stream.of(
		ProgramActions.ALL.stream().map(Action::name),
		PairActions.ALL.stream().map(Action::name),
		Stream.of("PUBLISH_MATERIAL", "MODERATE", "VIEW_REPORTS", "MANAGE_CAMPAIGNS")
	).flatMap(
		stream -> stream
	).toList();

}
