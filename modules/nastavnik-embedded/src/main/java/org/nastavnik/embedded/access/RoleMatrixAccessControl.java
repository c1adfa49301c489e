package org.nastavnik.embedded.access;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.nastavnik.access.AccessControl;
import org.nastavnik.access.Action;
import org.nastavnik.access.Actor;
import org.nastavnik.embedded.directory.Accounts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Access control of the embedded runtime: a person holds the actions their directory roles hold
 * in the {@link RoleMatrix}.
 */
@Component(configurationPid = "org.nastavnik.embedded.access", service = AccessControl.class)
@Designate(ocd = RoleMatrixConfiguration.class)
public class RoleMatrixAccessControl implements AccessControl {

	/** The classpath resource of the built-in matrix. */
	public static final String DEFAULT_MATRIX = "role-matrix.properties";

	/**
	 * @param accounts the roles of people
	 * @param configuration the matrix file
	 * @throws IOException if the matrix cannot be read
	 */
	@Activate
	public RoleMatrixAccessControl(
			@Reference Accounts accounts, RoleMatrixConfiguration configuration)
		throws IOException {

		this(accounts, _read(configuration.file()));
	}

	RoleMatrixAccessControl(Accounts accounts, RoleMatrix roleMatrix) {
		_accounts = accounts;
		_roleMatrix = roleMatrix;
	}

	@Override
	public boolean isAllowed(Actor actor, Action action) {
		return _roleMatrix.allows(_accounts.roles(actor.userId()), action);
	}

	static RoleMatrix defaultMatrix() throws IOException {
		return _read("");
	}

	private static RoleMatrix _read(String file) throws IOException {
		if (file.isBlank()) {
			try (InputStream inputStream = RoleMatrixAccessControl.class.getResourceAsStream(
					DEFAULT_MATRIX)) {

				return RoleMatrix.read(
					Objects.requireNonNull(inputStream, "The bundle lacks " + DEFAULT_MATRIX));
			}
		}

		try (InputStream inputStream = Files.newInputStream(Path.of(file))) {
			return RoleMatrix.read(inputStream);
		}
	}

	private final Accounts _accounts;
	private final RoleMatrix _roleMatrix;

}
