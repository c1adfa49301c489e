package org.nastavnik.store.jdbc.competency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.nastavnik.competency.Competency;
import org.nastavnik.competency.CompetencyArea;
import org.nastavnik.competency.CompetencyStore;
import org.nastavnik.competency.LocalizedText;
import org.nastavnik.store.jdbc.ConstraintViolation;
import org.nastavnik.store.jdbc.JdbcTransactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The competency framework in {@code Nastavnik_Competency}.
 */
@Component(service = CompetencyStore.class)
public class JdbcCompetencyStore implements CompetencyStore {

	/**
	 * @param transactions the database's transactions
	 */
	@Activate
	public JdbcCompetencyStore(@Reference JdbcTransactions transactions) {
		_transactions = transactions;
	}

	@Override
	public void addMissing(List<Competency> competencies) {
		_transactions.run(
			"add missing competencies",
			connection -> {
				Set<String> codes = _codes(connection);

				for (Competency competency : competencies) {
					if (codes.add(competency.code())) {
						_addUnlessPresent(connection, competency);
					}
				}
			});
	}

	@Override
	public List<Competency> findAll() {
		return _transactions.call(
			"read the competencies",
			connection -> {
				List<Competency> competencies = new ArrayList<>();

				try (PreparedStatement preparedStatement = connection.prepareStatement(
						"SELECT competencyId, code, area, nameRu, nameEn, priority FROM " +
							"Nastavnik_Competency ORDER BY priority, competencyId");
					ResultSet resultSet = preparedStatement.executeQuery()) {

					while (resultSet.next()) {
						competencies.add(
							new Competency(
								resultSet.getLong("competencyId"), resultSet.getString("code"),
								CompetencyArea.valueOf(resultSet.getString("area")),
								new LocalizedText(
									resultSet.getString("nameRu"), resultSet.getString("nameEn")),
								resultSet.getInt("priority")));
					}
				}

				return competencies;
			});
	}

	private void _addUnlessPresent(Connection connection, Competency competency)
		throws SQLException {

		// A savepoint keeps the transaction usable on PostgreSQL when another node adds the code.

		Savepoint savepoint = connection.setSavepoint();

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"INSERT INTO Nastavnik_Competency (code, area, nameRu, nameEn, priority) VALUES " +
					"(?, ?, ?, ?, ?)")) {

			preparedStatement.setString(1, competency.code());
			preparedStatement.setString(2, competency.area().name());
			preparedStatement.setString(3, competency.name().ru());
			preparedStatement.setString(4, competency.name().en());
			preparedStatement.setInt(5, competency.position());

			preparedStatement.executeUpdate();
		}
		catch (SQLException sqlException) {
			if (!ConstraintViolation.UNIQUE.isViolatedBy(sqlException)) {
				throw sqlException;
			}

			connection.rollback(savepoint);

			return;
		}

		connection.releaseSavepoint(savepoint);
	}

	private Set<String> _codes(Connection connection) throws SQLException {
		Set<String> codes = new HashSet<>();

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"SELECT code FROM Nastavnik_Competency");
			ResultSet resultSet = preparedStatement.executeQuery()) {

			while (resultSet.next()) {
				codes.add(resultSet.getString(1));
			}
		}

		return codes;
	}

	private final JdbcTransactions _transactions;

}
