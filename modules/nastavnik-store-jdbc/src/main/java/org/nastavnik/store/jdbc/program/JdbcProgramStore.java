package org.nastavnik.store.jdbc.program;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nastavnik.failure.InvalidInputException;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.program.Program;
import org.nastavnik.program.ProgramDraft;
import org.nastavnik.program.ProgramStore;
import org.nastavnik.store.jdbc.ConstraintViolation;
import org.nastavnik.store.jdbc.JdbcTransactions;
import org.nastavnik.store.jdbc.PagedQuery;
import org.nastavnik.store.jdbc.Statements;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Programs in {@code Nastavnik_Program}, their curators in {@code Nastavnik_ProgramCurator}.
 */
@Component(service = ProgramStore.class)
public class JdbcProgramStore implements ProgramStore {

	/**
	 * @param transactions the database's transactions
	 */
	@Activate
	public JdbcProgramStore(@Reference JdbcTransactions transactions) {
		_transactions = transactions;
	}

	@Override
	public Program add(ProgramDraft draft, long createdByUserId) {
		return _transactions.call(
			"add a program",
			connection -> {
				long programId = _insert(connection, draft, createdByUserId);

				try (PreparedStatement preparedStatement = connection.prepareStatement(
						"INSERT INTO Nastavnik_ProgramCurator (programId, curatorUserId) VALUES " +
							"(?, ?)")) {

					for (long curatorUserId : draft.curatorUserIds().stream().distinct().toList()) {
						preparedStatement.setLong(1, programId);
						preparedStatement.setLong(2, curatorUserId);

						preparedStatement.executeUpdate();
					}
				}

				return _find(
					connection, programId
				).orElseThrow();
			});
	}

	@Override
	public Optional<Program> find(long programId) {
		return _transactions.call(
			"read program " + programId, connection -> _find(connection, programId));
	}

	@Override
	public Page<Program> find(PageRequest pageRequest) {
		return _transactions.call(
			"read programs",
			connection -> {
				Page<Row> rows = new PagedQuery(
					_COLUMNS, "Nastavnik_Program", "startDate DESC, programId DESC"
				).page(
					connection, pageRequest, this::_row
				);

				Map<Long, List<Long>> curators = _curators(
					connection, rows.items().stream().map(Row::programId).toList());

				return rows.map(
					row -> row.toProgram(curators.getOrDefault(row.programId(), List.of())));
			});
	}

	@Override
	public boolean isCuratorOfAny(long userId) {
		return _transactions.call(
			"read curatorships of " + userId,
			connection -> {
				try (PreparedStatement preparedStatement = connection.prepareStatement(
						"SELECT 1 FROM Nastavnik_ProgramCurator WHERE curatorUserId = ? " +
							"FETCH FIRST 1 ROWS ONLY")) {

					preparedStatement.setLong(1, userId);

					try (ResultSet resultSet = preparedStatement.executeQuery()) {
						return resultSet.next();
					}
				}
			});
	}

	private Map<Long, List<Long>> _curators(Connection connection, List<Long> programIds)
		throws SQLException {

		Map<Long, List<Long>> curators = new HashMap<>();

		if (programIds.isEmpty()) {
			return curators;
		}

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"SELECT programId, curatorUserId FROM Nastavnik_ProgramCurator WHERE " +
					"programId IN " + Statements.placeholders(programIds) +
						" ORDER BY programCuratorId")) {

			Statements.bind(preparedStatement, 1, programIds);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					curators.computeIfAbsent(
						resultSet.getLong(1), programId -> new ArrayList<>()
					).add(
						resultSet.getLong(2)
					);
				}
			}
		}

		return curators;
	}

	private Optional<Program> _find(Connection connection, long programId) throws SQLException {
		Row row;

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"SELECT " + _COLUMNS + " FROM Nastavnik_Program WHERE programId = ?")) {

			preparedStatement.setLong(1, programId);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				if (!resultSet.next()) {
					return Optional.empty();
				}

				row = _row(resultSet);
			}
		}

		return Optional.of(
			row.toProgram(
				_curators(
					connection, List.of(programId)
				).getOrDefault(
					programId, List.of()
				)));
	}

	private long _insert(Connection connection, ProgramDraft draft, long createdByUserId)
		throws SQLException {

		Instant now = Statements.now();

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"INSERT INTO Nastavnik_Program (title, description, startDate, endDate, userId, " +
					"createDate, modifiedDate, mvccVersion) VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
				Statement.RETURN_GENERATED_KEYS)) {

			preparedStatement.setString(1, draft.title());
			preparedStatement.setString(2, draft.description());
			preparedStatement.setObject(3, draft.startDate());
			preparedStatement.setObject(4, draft.endDate());
			preparedStatement.setLong(5, createdByUserId);
			preparedStatement.setObject(6, Statements.timestamp(now));
			preparedStatement.setObject(7, Statements.timestamp(now));

			preparedStatement.executeUpdate();

			return Statements.generatedKey(preparedStatement, "programId");
		}
		catch (SQLException sqlException) {
			if (ConstraintViolation.CHECK.isViolatedBy(sqlException)) {
				throw InvalidInputException.forField("endDate", "program.dates.order");
			}

			throw sqlException;
		}
	}

	private Row _row(ResultSet resultSet) throws SQLException {
		return new Row(
			resultSet.getLong("programId"), resultSet.getString("title"),
			resultSet.getString("description"), resultSet.getObject("startDate", LocalDate.class),
			resultSet.getObject("endDate", LocalDate.class), resultSet.getLong("userId"),
			Statements.instant(resultSet, "createDate"), resultSet.getLong("mvccVersion"));
	}

	private static final String _COLUMNS =
		"programId, title, description, startDate, endDate, userId, createDate, mvccVersion";

	private record Row(
		long programId, String title, String description, LocalDate startDate, LocalDate endDate,
		long userId, Instant createDate, long mvccVersion) {

		Program toProgram(List<Long> curatorUserIds) {
			return new Program(
				programId, title, description, startDate, endDate, curatorUserIds, userId,
				createDate, mvccVersion);
		}

	}

	private final JdbcTransactions _transactions;

}
