package org.nastavnik.store.jdbc.pairs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.nastavnik.failure.ConflictException;
import org.nastavnik.failure.InvalidInputException;
import org.nastavnik.failure.NotFoundException;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.pairs.MeetingFormat;
import org.nastavnik.pairs.MentorProfile;
import org.nastavnik.pairs.MentorProfileDraft;
import org.nastavnik.pairs.MentorQuery;
import org.nastavnik.pairs.MentorStore;
import org.nastavnik.pairs.Strength;
import org.nastavnik.store.jdbc.ConstraintViolation;
import org.nastavnik.store.jdbc.JdbcTransactions;
import org.nastavnik.store.jdbc.PagedQuery;
import org.nastavnik.store.jdbc.Statements;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The mentor bank in {@code Nastavnik_MentorProfile} and {@code Nastavnik_MentorStrength}.
 *
 * <p>Reserving and releasing places leaves the version alone: they are not edits of the profile,
 * and the CHECK on {@code reservedSlots} already guards the capacity.</p>
 */
@Component(service = MentorStore.class)
public class JdbcMentorStore implements MentorStore {

	/**
	 * @param transactions the database's transactions
	 */
	@Activate
	public JdbcMentorStore(@Reference JdbcTransactions transactions) {
		_transactions = transactions;
	}

	@Override
	public MentorProfile add(long userId, MentorProfileDraft draft) {
		return _transactions.call(
			"add mentor " + userId,
			connection -> {
				Instant now = Statements.now();
				long mentorProfileId;

				try (PreparedStatement preparedStatement = connection.prepareStatement(
						"INSERT INTO Nastavnik_MentorProfile (userId, capacity, reservedSlots, " +
							"formats, bio, createDate, modifiedDate, mvccVersion) VALUES (?, ?, " +
								"0, ?, ?, ?, ?, 1)",
						Statement.RETURN_GENERATED_KEYS)) {

					preparedStatement.setLong(1, userId);
					preparedStatement.setInt(2, draft.capacity());
					preparedStatement.setString(3, _formats(draft.formats()));
					preparedStatement.setString(4, draft.bio());
					preparedStatement.setObject(5, Statements.timestamp(now));
					preparedStatement.setObject(6, Statements.timestamp(now));

					preparedStatement.executeUpdate();

					mentorProfileId = Statements.generatedKey(preparedStatement, "mentorProfileId");
				}
				catch (SQLException sqlException) {
					if (ConstraintViolation.UNIQUE.isViolatedBy(sqlException)) {
						throw new ConflictException("mentor.exists");
					}

					if (ConstraintViolation.CHECK.isViolatedBy(sqlException)) {
						throw _invalidCapacity();
					}

					throw sqlException;
				}

				_addStrengths(connection, mentorProfileId, draft.strengths());

				return _find(
					connection, userId
				).orElseThrow();
			});
	}

	@Override
	public Optional<MentorProfile> find(long userId) {
		return _transactions.call(
			"read mentor " + userId, connection -> _find(connection, userId));
	}

	@Override
	public Page<MentorProfile> find(MentorQuery query, PageRequest pageRequest) {
		return _transactions.call(
			"read mentors",
			connection -> {
				PagedQuery pagedQuery = new PagedQuery(
					_COLUMNS, "Nastavnik_MentorProfile mp", "mp.mentorProfileId");

				query.competencyId(
				).ifPresent(
					competencyId -> pagedQuery.where(
						"EXISTS (SELECT 1 FROM Nastavnik_MentorStrength ms WHERE " +
							"ms.mentorProfileId = mp.mentorProfileId AND ms.competencyId = ?)",
						competencyId)
				);
				query.format(
				).ifPresent(
					format -> pagedQuery.where(
						"(',' || mp.formats || ',') LIKE ?", "%," + format.name() + ",%")
				);

				if (query.withFreeSlots()) {
					pagedQuery.where("mp.reservedSlots < mp.capacity");
				}

				Page<Row> rows = pagedQuery.page(connection, pageRequest, this::_row);

				Map<Long, List<Strength>> strengths = _strengths(
					connection, rows.items().stream().map(Row::mentorProfileId).toList());

				return rows.map(
					row -> row.toProfile(
						strengths.getOrDefault(row.mentorProfileId(), List.of())));
			});
	}

	@Override
	public void releaseSlots(long userId, int slots) {
		_requirePositive(slots);

		_transactions.run(
			"release " + slots + " places of mentor " + userId,
			connection -> {
				if (_updateSlots(
						connection,
						"UPDATE Nastavnik_MentorProfile SET reservedSlots = reservedSlots - ? " +
							"WHERE userId = ? AND reservedSlots >= ?",
						userId, slots)) {

					return;
				}

				Row row = _row(
					connection, userId
				).orElseThrow(
					() -> new NotFoundException("mentor.not-found", userId)
				);

				throw new IllegalStateException(
					"Mentor " + userId + " holds " + row.reservedSlots() + " places, fewer than " +
						slots + " to release");
			});
	}

	@Override
	public boolean reserveSlots(long userId, int slots) {
		_requirePositive(slots);

		return _transactions.call(
			"reserve " + slots + " places of mentor " + userId,
			connection -> {
				if (_updateSlots(
						connection,
						"UPDATE Nastavnik_MentorProfile SET reservedSlots = reservedSlots + ? " +
							"WHERE userId = ? AND reservedSlots + ? <= capacity",
						userId, slots)) {

					return true;
				}

				if (_row(connection, userId).isEmpty()) {
					throw new NotFoundException("mentor.not-found", userId);
				}

				return false;
			});
	}

	@Override
	public MentorProfile update(long userId, MentorProfileDraft draft, long expectedVersion) {
		return _transactions.call(
			"update mentor " + userId,
			connection -> {
				int count;

				try (PreparedStatement preparedStatement = connection.prepareStatement(
						"UPDATE Nastavnik_MentorProfile SET capacity = ?, formats = ?, bio = ?, " +
							"modifiedDate = ?, mvccVersion = mvccVersion + 1 WHERE userId = ? " +
								"AND mvccVersion = ? AND reservedSlots <= ?")) {

					preparedStatement.setInt(1, draft.capacity());
					preparedStatement.setString(2, _formats(draft.formats()));
					preparedStatement.setString(3, draft.bio());
					preparedStatement.setObject(4, Statements.timestamp(Statements.now()));
					preparedStatement.setLong(5, userId);
					preparedStatement.setLong(6, expectedVersion);
					preparedStatement.setInt(7, draft.capacity());

					count = preparedStatement.executeUpdate();
				}
				catch (SQLException sqlException) {
					if (ConstraintViolation.CHECK.isViolatedBy(sqlException)) {
						throw _invalidCapacity();
					}

					throw sqlException;
				}

				if (count == 0) {
					throw _updateRefused(connection, userId, expectedVersion);
				}

				Row row = _row(
					connection, userId
				).orElseThrow();

				try (PreparedStatement preparedStatement = connection.prepareStatement(
						"DELETE FROM Nastavnik_MentorStrength WHERE mentorProfileId = ?")) {

					preparedStatement.setLong(1, row.mentorProfileId());

					preparedStatement.executeUpdate();
				}

				_addStrengths(connection, row.mentorProfileId(), draft.strengths());

				return _find(
					connection, userId
				).orElseThrow();
			});
	}

	private void _addStrengths(
			Connection connection, long mentorProfileId, List<Strength> strengths)
		throws SQLException {

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"INSERT INTO Nastavnik_MentorStrength (mentorProfileId, competencyId, " +
					"strengthLevel) VALUES (?, ?, ?)")) {

			for (Strength strength : strengths) {
				preparedStatement.setLong(1, mentorProfileId);
				preparedStatement.setLong(2, strength.competencyId());
				preparedStatement.setInt(3, strength.level());

				try {
					preparedStatement.executeUpdate();
				}
				catch (SQLException sqlException) {
					if (ConstraintViolation.FOREIGN_KEY.isViolatedBy(sqlException)) {
						throw NotFoundException.forField(
							"strengths", "competency.not-found", strength.competencyId());
					}

					if (ConstraintViolation.UNIQUE.isViolatedBy(sqlException)) {
						throw InvalidInputException.forField(
							"strengths", "mentor.strength.duplicate");
					}

					throw sqlException;
				}
			}
		}
	}

	private Optional<MentorProfile> _find(Connection connection, long userId)
		throws SQLException {

		Optional<Row> row = _row(connection, userId);

		if (row.isEmpty()) {
			return Optional.empty();
		}

		long mentorProfileId = row.get().mentorProfileId();

		return Optional.of(
			row.get(
			).toProfile(
				_strengths(
					connection, List.of(mentorProfileId)
				).getOrDefault(
					mentorProfileId, List.of()
				)
			));
	}

	private String _formats(Set<MeetingFormat> formats) {

		// Sorted, so that equal sets are stored alike and compare in SQL.

		return formats.stream(
		).sorted(
		).map(
			MeetingFormat::name
		).collect(
			Collectors.joining(",")
		);
	}

	private InvalidInputException _invalidCapacity() {
		return InvalidInputException.forField(
			"capacity", "mentor.capacity.invalid", MentorProfileDraft.MIN_CAPACITY,
			MentorProfileDraft.MAX_CAPACITY);
	}

	private void _requirePositive(int slots) {
		if (slots < 1) {
			throw new IllegalArgumentException("Places come one or more at a time: " + slots);
		}
	}

	private Optional<Row> _row(Connection connection, long userId) throws SQLException {
		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"SELECT " + _COLUMNS + " FROM Nastavnik_MentorProfile mp WHERE mp.userId = ?")) {

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
		Set<MeetingFormat> formats = EnumSet.noneOf(MeetingFormat.class);

		for (String format : resultSet.getString("formats").split(",")) {
			if (!format.isEmpty()) {
				formats.add(MeetingFormat.valueOf(format));
			}
		}

		return new Row(
			resultSet.getLong("mentorProfileId"), resultSet.getLong("userId"),
			resultSet.getInt("capacity"), formats, resultSet.getString("bio"),
			resultSet.getInt("reservedSlots"), resultSet.getLong("mvccVersion"));
	}

	private Map<Long, List<Strength>> _strengths(
			Connection connection, List<Long> mentorProfileIds)
		throws SQLException {

		Map<Long, List<Strength>> strengths = new HashMap<>();

		if (mentorProfileIds.isEmpty()) {
			return strengths;
		}

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"SELECT mentorProfileId, competencyId, strengthLevel FROM " +
					"Nastavnik_MentorStrength WHERE mentorProfileId IN " +
						Statements.placeholders(mentorProfileIds) + " ORDER BY mentorStrengthId")) {

			Statements.bind(preparedStatement, 1, mentorProfileIds);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					strengths.computeIfAbsent(
						resultSet.getLong(1), mentorProfileId -> new ArrayList<>()
					).add(
						new Strength(resultSet.getLong(2), resultSet.getInt(3))
					);
				}
			}
		}

		return strengths;
	}

	private RuntimeException _updateRefused(
			Connection connection, long userId, long expectedVersion)
		throws SQLException {

		Optional<Row> row = _row(connection, userId);

		if (row.isEmpty()) {
			return new NotFoundException("mentor.not-found", userId);
		}

		if (row.get().mvccVersion() != expectedVersion) {
			return ConflictException.forField("version", "version.stale");
		}

		return ConflictException.forField(
			"capacity", "mentor.capacity.below-reserved", row.get().reservedSlots());
	}

	private boolean _updateSlots(Connection connection, String sql, long userId, int slots)
		throws SQLException {

		try (PreparedStatement preparedStatement = connection.prepareStatement(sql)) {
			preparedStatement.setInt(1, slots);
			preparedStatement.setLong(2, userId);
			preparedStatement.setInt(3, slots);

			return preparedStatement.executeUpdate() == 1;
		}
	}

	private static final String _COLUMNS =
		"mp.mentorProfileId, mp.userId, mp.capacity, mp.reservedSlots, mp.formats, mp.bio, " +
			"mp.mvccVersion";

	private record Row(
		long mentorProfileId, long userId, int capacity, Set<MeetingFormat> formats, String bio,
		int reservedSlots, long mvccVersion) {

		MentorProfile toProfile(List<Strength> strengths) {
			return new MentorProfile(
				userId, strengths, capacity, formats, bio, reservedSlots, mvccVersion);
		}

	}

	private final JdbcTransactions _transactions;

}
