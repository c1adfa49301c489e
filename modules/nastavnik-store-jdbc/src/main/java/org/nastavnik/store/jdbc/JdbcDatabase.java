package org.nastavnik.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.util.List;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database of the embedded runtime: a connection pool over H2 or PostgreSQL, chosen by the
 * JDBC URL, with the schema brought up to date on activation and the pool closed on
 * deactivation.
 */
@Component(configurationPid = JdbcConfiguration.PID, service = JdbcDatabase.class)
@Designate(ocd = JdbcConfiguration.class)
public class JdbcDatabase implements AutoCloseable {

	/**
	 * @param configuration the configuration
	 */
	@Activate
	public JdbcDatabase(JdbcConfiguration configuration) {
		this(DatabaseSettings.of(configuration));
	}

	/**
	 * Opens the pool and migrates the schema.
	 *
	 * @param settings how to reach the database
	 */
	public JdbcDatabase(DatabaseSettings settings) {
		_dataSource = new HikariDataSource(_hikariConfig(settings));

		try {
			_appliedMigrations = new Migrations().apply(_dataSource);
		}
		catch (RuntimeException runtimeException) {
			_dataSource.close();

			throw runtimeException;
		}

		if (_log.isInfoEnabled()) {
			_log.info(
				"Opened {} with {} migrations applied now", settings, _appliedMigrations.size());
		}
	}

	/**
	 * @return the migrations this instance applied on activation; none if the schema was up to
	 *         date or another node applied them
	 */
	public List<Migration> appliedMigrations() {
		return _appliedMigrations;
	}

	/**
	 * Closes the pool.
	 */
	@Deactivate
	@Override
	public void close() {
		_dataSource.close();
	}

	/**
	 * @return the pooled data source; connections come without auto-commit, at READ COMMITTED
	 */
	DataSource dataSource() {
		return _dataSource;
	}

	private static DataSource _driverDataSource(DatabaseSettings settings) {

		// DriverManager does not see drivers in other bundles; the driver's DataSource is used.

		if (settings.isH2()) {
			JdbcDataSource jdbcDataSource = new JdbcDataSource();

			jdbcDataSource.setURL(settings.connectionUrl());
			jdbcDataSource.setUser(settings.user());
			jdbcDataSource.setPassword(settings.password());

			return jdbcDataSource;
		}

		PGSimpleDataSource pgSimpleDataSource = new PGSimpleDataSource();

		pgSimpleDataSource.setURL(settings.connectionUrl());
		pgSimpleDataSource.setUser(settings.user());
		pgSimpleDataSource.setPassword(settings.password());

		return pgSimpleDataSource;
	}

	private static HikariConfig _hikariConfig(DatabaseSettings settings) {
		HikariConfig hikariConfig = new HikariConfig();

		hikariConfig.setAutoCommit(false);
		hikariConfig.setDataSource(_driverDataSource(settings));
		hikariConfig.setMaximumPoolSize(settings.maximumPoolSize());
		hikariConfig.setMinimumIdle(Math.min(2, settings.maximumPoolSize()));
		hikariConfig.setPoolName("nastavnik");
		hikariConfig.setTransactionIsolation("TRANSACTION_READ_COMMITTED");

		return hikariConfig;
	}

	private static final Logger _log = LoggerFactory.getLogger(JdbcDatabase.class);

	private final List<Migration> _appliedMigrations;
	private final HikariDataSource _dataSource;

}
