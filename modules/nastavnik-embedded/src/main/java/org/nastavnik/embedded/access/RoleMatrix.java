package org.nastavnik.embedded.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.nastavnik.access.Action;

/**
 * Which actions each role holds.
 *
 * @param actionsByRole action names by role name; {@value #ALL_ACTIONS} stands for every action
 */
public record RoleMatrix(Map<String, Set<String>> actionsByRole) {

	/** The entry that grants every action, present and future. */
	public static final String ALL_ACTIONS = "*";

	public RoleMatrix {
		actionsByRole = Map.copyOf(actionsByRole);
	}

	/**
	 * Reads {@code role=ACTION,ACTION} lines in UTF-8.
	 *
	 * @param inputStream the properties
	 * @return the matrix
	 * @throws IOException if the stream cannot be read
	 * @throws IllegalArgumentException if an action name is malformed
	 */
	public static RoleMatrix read(InputStream inputStream) throws IOException {
		Properties properties = new Properties();

		properties.load(new InputStreamReader(inputStream, StandardCharsets.UTF_8));

		Map<String, Set<String>> actionsByRole = new HashMap<>();

		for (String role : properties.stringPropertyNames()) {
			actionsByRole.put(role, _actionNames(properties.getProperty(role)));
		}

		return new RoleMatrix(actionsByRole);
	}

	/**
	 * @param roles a person's roles
	 * @param action an action
	 * @return whether one of the roles holds the action
	 */
	public boolean allows(Collection<String> roles, Action action) {
		for (String role : roles) {
			Set<String> actionNames = actionsByRole.getOrDefault(role, Set.of());

			if (actionNames.contains(ALL_ACTIONS) || actionNames.contains(action.name())) {
				return true;
			}
		}

		return false;
	}

	private static Set<String> _actionNames(String value) {
		return Arrays.stream(
			value.split(",")
		).map(
			String::strip
		).filter(
			name -> !name.isEmpty()
		).map(
			// Validates the name now rather than letting a typo deny silently later.
			name -> name.equals(ALL_ACTIONS) ? name : new Action(name).name()
		).collect(
			Collectors.toUnmodifiableSet()
		);
	}

}
