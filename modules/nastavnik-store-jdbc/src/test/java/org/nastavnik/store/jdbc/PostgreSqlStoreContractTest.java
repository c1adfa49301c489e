package org.nastavnik.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.sql.Connection;
import java.sql.Statement;

/**
 * The store contract on a real PostgreSQL server, started once for the class from Maven Central
 * binaries.
 */
public class PostgreSqlStoreContractTest extends StoreContractTest {

	@Override
	protected DatabaseSettings newDatabase(String name) throws Exception {
		try (Connection connection = _postgres.getPostgresDatabase().getConnection();
			Statement statement = connection.createStatement()) {

			statement.execute("CREATE DATABASE " + name);
		}

		return new DatabaseSettings(
			"jdbc:postgresql://localhost:" + _postgres.getPort() + "/" + name, "postgres", "", 10);
	}

	@Override
	protected void startServer() throws Exception {
		_postgres = EmbeddedPostgres.start();
	}

	@Override
	protected void stopServer() throws Exception {
		_postgres.close();
	}

	private EmbeddedPostgres _postgres;

}
