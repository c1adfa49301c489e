package org.nastavnik.store.jdbc;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/**
 * The store contract on H2 files, as the embedded runtime uses by default.
 */
public class H2StoreContractTest extends StoreContractTest {

	@Override
	protected DatabaseSettings newDatabase(String name) {
		return new DatabaseSettings("jdbc:h2:" + _directory.resolve(name), "sa", "", 10);
	}

	@Override
	protected void startServer() {
	}

	@Override
	protected void stopServer() {
	}

	@TempDir
	private static Path _directory;

}
