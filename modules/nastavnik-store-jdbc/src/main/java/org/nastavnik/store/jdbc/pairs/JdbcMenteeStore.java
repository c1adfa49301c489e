package org.nastavnik.store.jdbc.pairs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nastavnik.failure.ConflictException;
import org.nastavnik.failure.InvalidInputException;
import org.nastavnik.failure.NotFoundException;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.pairs.MenteeCategory;
import org.nastavnik.pairs.MenteeProfile;
import org.nastavnik.pairs.MenteeProfileDraft;
import org.nastavnik.pairs.MenteeQuery;
import org.nastavnik.pairs.MenteeStore;
import org.nastavnik.store.jdbc.ConstraintViolation;
import org.nastavnik.store.jdbc.JdbcTransactions;
import org.nastavnik.store.jdbc.PagedQuery;
import org.nastavnik.store.jdbc.Statements;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The mentee registry in {@code Nastavnik_MenteeProfile} and {@code Nastavnik_MenteeNeed}.
 */
@Component(service = MenteeStore.class)
public class JdbcMenteeStore implements MenteeStore {

	/**
	 * @param transactions the database's transactions
	 */
	@Activate
	public JdbcMenteeStore(@Reference JdbcTransactions transactions) {
		_transactions = transactions;
	}

	@Override
	public MenteeProfile add(long userId, MenteeProfileDraft draft) {
		return _transactions.call(
			"add mentee " + userId,
			connection -> {
				Instant now = Statements.now();
				long menteeProfileId;

				try (PreparedStatement preparedStatement = connection.prepareStatement(
						"INSERT INTO Nastavnik_MenteeProfile (userId, category, " +
							"yearsOfExperience, organizationId, createDate, modifiedDate, " +
								"mvccVersion) VALUES (?, ?, ?, ?, ?, ?, 1)",
						Statement.RETURN_GENERATED_KEYS)) {

					preparedStatement.setLong(1, userId);
					preparedStatement.setString(2, draft.category().name());
					preparedStatement.setInt(3, draft.yearsOfExperience());
					preparedStatement.setLong(4, draft.organizationId());
					preparedStatement.setObject(5, Statements.timestamp(now));
					preparedStatement.setObject(6, Statements.timestamp(now));

					preparedStatement.executeUpdate();

					menteeProfileId = Statements.generatedKey(preparedStatement, "menteeProfileId");
				}
				catch (SQLException sqlException) {
					if (ConstraintViolation.UNIQUE.isViolatedBy(sqlException)) {
						throw new ConflictException("mentee.exists");
					}

					if (ConstraintViolation.CHECK.isViolatedBy(sqlException)) {
						throw _invalidExperience();
					}

					throw sqlException;
				}

				_addNeeds(connection, menteeProfileId, draft.supportNeeds());

				return _find(
					connection, userId
				).orElseThrow();
			});
	}

	@Override
	public Optional<MenteeProfile> find(long userId) {
		return _transactions.call(
			"read mentee " + userId, connection -> _find(connection, userId));
	}

	@Override
	public Page<MenteeProfile> find(MenteeQuery query, PageRequest pageRequest) {
		return _transactions.call(
			"read mentees",
			connection -> {
				PagedQuery pagedQuery = new PagedQuery(
					_COLUMNS, "Nastavnik_MenteeProfile", "menteeProfileId");

				query.category(
				).ifPresent(
					category -> pagedQuery.where("category = ?", category.name())
				);
				query.organizationId(
				).ifPresent(
					organizationId -> pagedQuery.where("organizationId = ?", organizationId)
				);

				Page<Row> rows = pagedQuery.page(connection, pageRequest, this::_row);

				Map<Long, List<Long>> needs = _needs(
					connection, rows.items().stream().map(Row::menteeProfileId).toList());

				return rows.map(
					row -> row.toProfile(needs.getOrDefault(row.menteeProfileId(), List.of())));
			});
	}

	@Override
	public MenteeProfile update(long userId, MenteeProfileDraft draft, long expectedVersion) {
		return _transactions.call(
			"update mentee " + userId,
			connection -> {
				int count;

				try (PreparedStatement preparedStatement = connection.prepareStatement(
						"UPDATE Nastavnik_MenteeProfile SET category = ?, yearsOfExperience = ?, " +
							"organizationId = ?, modifiedDate = ?, mvccVersion = mvccVersion + " +
								"1 WHERE userId = ? AND mvccVersion = ?")) {

					preparedStatement.setString(1, draft.category().name());
					preparedStatement.setInt(2, draft.yearsOfExperience());
					preparedStatement.setLong(3, draft.organizationId());
					preparedStatement.setObject(4, Statements.timestamp(Statements.now()));
					preparedStatement.setLong(5, userId);
					preparedStatement.setLong(6, expectedVersion);

					count = preparedStatement.executeUpdate();
				}
				catch (SQLException sqlException) {
					if (ConstraintViolation.CHECK.isViolatedBy(sqlException)) {
						throw _invalidExperience();
					}

					throw sqlException;
				}

				Optional<Row> row = _row(connection, userId);

				if (row.isEmpty()) {
					throw new NotFoundException("mentee.not-found", userId);
				}

				if (count == 0) {
					throw ConflictException.forField("version", "version.stale");
				}

				try (PreparedStatement preparedStatement = connection.prepareStatement(
						"DELETE FROM Nastavnik_MenteeNeed WHERE menteeProfileId = ?")) {

					preparedStatement.setLong(1, row.get().menteeProfileId());

					preparedStatement.executeUpdate();
				}

				_addNeeds(connection, row.get().menteeProfileId(), draft.supportNeeds());

				return _find(
					connection, userId
				).orElseThrow();
			});
	}

	private void _addNeeds(Connection connection, long menteeProfileId, List<Long> competencyIds)
		throws SQLException {

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"INSERT INTO Nastavnik_MenteeNeed (menteeProfileId, competencyId) VALUES (?, ?)")) {

			for (long competencyId : competencyIds) {
				preparedStatement.setLong(1, menteeProfileId);
				preparedStatement.setLong(2, competencyId);

				try {
					preparedStatement.executeUpdate();
				}
				catch (SQLException sqlException) {
					if (ConstraintViolation.FOREIGN_KEY.isViolatedBy(sqlException)) {
						throw NotFoundException.forField(
							"supportNeeds", "competency.not-found", competencyId);
					}

					if (ConstraintViolation.UNIQUE.isViolatedBy(sqlException)) {
						throw InvalidInputException.forField(
							"supportNeeds", "mentee.need.duplicate");
					}

					throw sqlException;
				}
			}
		}
	}

	private Optional<MenteeProfile> _find(Connection connection, long userId)
		throws SQLException {

		Optional<Row> row = _row(connection, userId);

		if (row.isEmpty()) {
			return Optional.empty();
		}

		long menteeProfileId = row.get().menteeProfileId();

		return Optional.of(
			row.get(
			).toProfile(
				_needs(
					connection, List.of(menteeProfileId)
				).getOrDefault(
					menteeProfileId, List.of()
				)
			));
	}

	private InvalidInputException _invalidExperience() {
		return InvalidInputException.forField(
			"yearsOfExperience", "mentee.experience.invalid", MenteeProfileDraft.MAX_YEARS);
	}

	private Map<Long, List<Long>> _needs(Connection connection, List<Long> menteeProfileIds)
		throws SQLException {

		Map<Long, List<Long>> needs = new HashMap<>();

		if (menteeProfileIds.isEmpty()) {
			return needs;
		}

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"SELECT menteeProfileId, competencyId FROM Nastavnik_MenteeNeed WHERE " +
					"menteeProfileId IN " + Statements.placeholders(menteeProfileIds) +
						" ORDER BY menteeNeedId")) {

			Statements.bind(preparedStatement, 1, menteeProfileIds);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					needs.computeIfAbsent(
						resultSet.getLong(1), menteeProfileId -> new ArrayList<>()
					).add(
						resultSet.getLong(2)
					);
				}
			}
		}

		return needs;
	}

	private Optional<Row> _row(Connection connection, long userId) throws SQLException {
		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"SELECT " + _COLUMNS + " FROM Nastavnik_MenteeProfile WHERE userId = ?")) {

			preparedStatement.setLong(1, userId);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				if (!resultSet.next()) {
					return Optional.empty();
				}

				return Optional.of(_row(resultSet));
			}
		}
	}

	private Row _row(ResultSet resultSet) throws SQLException {
		return new Row(
			resultSet.getLong("menteeProfileId"), resultSet.getLong("userId"),
			MenteeCategory.valueOf(resultSet.getString("category")),
			resultSet.getInt("yearsOfExperience"), resultSet.getLong("organizationId"),
			resultSet.getLong("mvccVersion"));
	}

	private static final String _COLUMNS =
		"menteeProfileId, userId, category, yearsOfExperience, organizationId, mvccVersion";

	private record Row(
		long menteeProfileId, long userId, MenteeCategory category, int yearsOfExperience,
		long organizationId, long mvccVersion) {

		MenteeProfile toProfile(List<Long> supportNeeds) {
			return new MenteeProfile(
				userId, category, yearsOfExperience, organizationId, supportNeeds, mvccVersion);
		}

	}

	private final JdbcTransactions _transactions;

}
