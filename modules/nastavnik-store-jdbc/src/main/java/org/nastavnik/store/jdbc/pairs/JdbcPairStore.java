package org.nastavnik.store.jdbc.pairs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nastavnik.failure.ConflictException;
import org.nastavnik.failure.NotFoundException;
import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;
import org.nastavnik.pairs.Pair;
import org.nastavnik.pairs.PairMember;
import org.nastavnik.pairs.PairQuery;
import org.nastavnik.pairs.PairState;
import org.nastavnik.pairs.PairStatus;
import org.nastavnik.pairs.PairStore;
import org.nastavnik.pairs.Response;
import org.nastavnik.store.jdbc.ConstraintViolation;
import org.nastavnik.store.jdbc.JdbcTransactions;
import org.nastavnik.store.jdbc.PagedQuery;
import org.nastavnik.store.jdbc.Statements;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Pairs in {@code Nastavnik_Pair}, their mentees in {@code Nastavnik_PairMember}.
 *
 * <p>Each member row carries {@code openInProgram} = 1 while the mentee has not declined and the
 * pair is open, NULL otherwise; a unique constraint on (programId, menteeUserId, openInProgram)
 * holds each mentee to one open pair per program. Every write keeps the column in step.</p>
 */
@Component(service = PairStore.class)
public class JdbcPairStore implements PairStore {

	/**
	 * @param transactions the database's transactions
	 */
	@Activate
	public JdbcPairStore(@Reference JdbcTransactions transactions) {
		_transactions = transactions;
	}

	@Override
	public Pair add(
		long programId, long mentorUserId, List<Long> menteeUserIds, long proposedByUserId) {

		return _transactions.call(
			"add a pair to program " + programId,
			connection -> {
				Instant now = Statements.now();
				long pairId;

				try (PreparedStatement preparedStatement = connection.prepareStatement(
						"INSERT INTO Nastavnik_Pair (programId, mentorUserId, mentorResponse, " +
							"status, statusDate, statusByUserId, userId, createDate, " +
								"modifiedDate, mvccVersion) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
						Statement.RETURN_GENERATED_KEYS)) {

					preparedStatement.setLong(1, programId);
					preparedStatement.setLong(2, mentorUserId);
					preparedStatement.setString(3, Response.PENDING.name());
					preparedStatement.setString(4, PairStatus.PROPOSED.name());
					preparedStatement.setObject(5, Statements.timestamp(now));
					preparedStatement.setLong(6, proposedByUserId);
					preparedStatement.setLong(7, proposedByUserId);
					preparedStatement.setObject(8, Statements.timestamp(now));
					preparedStatement.setObject(9, Statements.timestamp(now));

					preparedStatement.executeUpdate();

					pairId = Statements.generatedKey(preparedStatement, "pairId");
				}
				catch (SQLException sqlException) {
					if (ConstraintViolation.FOREIGN_KEY.isViolatedBy(sqlException)) {
						throw new NotFoundException("program.not-found", programId);
					}

					throw sqlException;
				}

				try (PreparedStatement preparedStatement = connection.prepareStatement(
						"INSERT INTO Nastavnik_PairMember (pairId, programId, menteeUserId, " +
							"response, openInProgram) VALUES (?, ?, ?, ?, 1)")) {

					for (long menteeUserId : menteeUserIds) {
						preparedStatement.setLong(1, pairId);
						preparedStatement.setLong(2, programId);
						preparedStatement.setLong(3, menteeUserId);
						preparedStatement.setString(4, Response.PENDING.name());

						_execute(preparedStatement, menteeUserId);
					}
				}

				return _find(
					connection, pairId
				).orElseThrow();
			});
	}

	@Override
	public Optional<Pair> find(long pairId) {
		return _transactions.call("read pair " + pairId, connection -> _find(connection, pairId));
	}

	@Override
	public Page<Pair> find(PairQuery query, PageRequest pageRequest) {
		return _transactions.call(
			"read pairs",
			connection -> {
				PagedQuery pagedQuery = new PagedQuery(
					_COLUMNS, "Nastavnik_Pair p", "p.createDate DESC, p.pairId DESC");

				query.programId(
				).ifPresent(
					programId -> pagedQuery.where("p.programId = ?", programId)
				);
				query.status(
				).ifPresent(
					status -> pagedQuery.where("p.status = ?", status.name())
				);
				query.participantUserId(
				).ifPresent(
					userId -> pagedQuery.where(
						"p.mentorUserId = ? OR EXISTS (SELECT 1 FROM Nastavnik_PairMember pm " +
							"WHERE pm.pairId = p.pairId AND pm.menteeUserId = ?)",
						userId, userId)
				);

				Page<Row> rows = pagedQuery.page(connection, pageRequest, this::_row);

				Map<Long, List<PairMember>> members = _members(
					connection, rows.items().stream().map(Row::pairId).toList());

				return rows.map(
					row -> row.toPair(members.getOrDefault(row.pairId(), List.of())));
			});
	}

	@Override
	public boolean hasOpenPair(long programId, long menteeUserId) {
		return _transactions.call(
			"look for an open pair of mentee " + menteeUserId,
			connection -> {
				try (PreparedStatement preparedStatement = connection.prepareStatement(
						"SELECT 1 FROM Nastavnik_PairMember WHERE programId = ? AND " +
							"menteeUserId = ? AND openInProgram = 1")) {

					preparedStatement.setLong(1, programId);
					preparedStatement.setLong(2, menteeUserId);

					try (ResultSet resultSet = preparedStatement.executeQuery()) {
						return resultSet.next();
					}
				}
			});
	}

	@Override
	public Pair update(Pair pair) {
		return _transactions.call(
			"update pair " + pair.pairId(),
			connection -> {
				StatusColumns statusColumns = StatusColumns.of(
					pair.state(), pair.proposedByUserId());

				try (PreparedStatement preparedStatement = connection.prepareStatement(
						"UPDATE Nastavnik_Pair SET mentorResponse = ?, status = ?, statusDate = " +
							"?, statusByUserId = ?, statusNote = ?, modifiedDate = ?, " +
								"mvccVersion = mvccVersion + 1 WHERE pairId = ? AND " +
									"mvccVersion = ?")) {

					preparedStatement.setString(1, pair.mentorResponse().name());
					preparedStatement.setString(2, statusColumns.status().name());
					preparedStatement.setObject(
						3, Statements.timestamp(statusColumns.statusDate()));
					preparedStatement.setLong(4, statusColumns.statusByUserId());
					preparedStatement.setString(5, statusColumns.statusNote().orElse(null));
					preparedStatement.setObject(6, Statements.timestamp(Statements.now()));
					preparedStatement.setLong(7, pair.pairId());
					preparedStatement.setLong(8, pair.version());

					if (preparedStatement.executeUpdate() == 0) {
						throw _updateRefused(connection, pair.pairId());
					}
				}

				try (PreparedStatement preparedStatement = connection.prepareStatement(
						"UPDATE Nastavnik_PairMember SET response = ?, openInProgram = ? WHERE " +
							"pairId = ? AND menteeUserId = ?")) {

					for (PairMember member : pair.members()) {
						preparedStatement.setString(1, member.response().name());

						if (pair.state().isOpen() && (member.response() != Response.DECLINED)) {
							preparedStatement.setInt(2, 1);
						}
						else {
							preparedStatement.setNull(2, Types.INTEGER);
						}

						preparedStatement.setLong(3, pair.pairId());
						preparedStatement.setLong(4, member.menteeUserId());

						if (_execute(preparedStatement, member.menteeUserId()) == 0) {
							throw new IllegalArgumentException(
								"Mentee " + member.menteeUserId() + " is not a member of pair " +
									pair.pairId() + "; members never change");
						}
					}
				}

				return _find(
					connection, pair.pairId()
				).orElseThrow();
			});
	}

	private int _execute(PreparedStatement preparedStatement, long menteeUserId)
		throws SQLException {

		try {
			return preparedStatement.executeUpdate();
		}
		catch (SQLException sqlException) {
			if (ConstraintViolation.UNIQUE.isViolatedBy(sqlException)) {
				throw new ConflictException("pair.mentee-has-open-pair", menteeUserId);
			}

			throw sqlException;
		}
	}

	private Optional<Pair> _find(Connection connection, long pairId) throws SQLException {
		Row row;

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"SELECT " + _COLUMNS + " FROM Nastavnik_Pair p WHERE p.pairId = ?")) {

			preparedStatement.setLong(1, pairId);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				if (!resultSet.next()) {
					return Optional.empty();
				}

				row = _row(resultSet);
			}
		}

		return Optional.of(
			row.toPair(
				_members(
					connection, List.of(pairId)
				).getOrDefault(
					pairId, List.of()
				)));
	}

	private Map<Long, List<PairMember>> _members(Connection connection, List<Long> pairIds)
		throws SQLException {

		Map<Long, List<PairMember>> members = new HashMap<>();

		if (pairIds.isEmpty()) {
			return members;
		}

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"SELECT pairId, menteeUserId, response FROM Nastavnik_PairMember WHERE pairId IN " +
					Statements.placeholders(pairIds) + " ORDER BY pairMemberId")) {

			Statements.bind(preparedStatement, 1, pairIds);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					members.computeIfAbsent(
						resultSet.getLong(1), pairId -> new ArrayList<>()
					).add(
						new PairMember(
							resultSet.getLong(2), Response.valueOf(resultSet.getString(3)))
					);
				}
			}
		}

		return members;
	}

	private Row _row(ResultSet resultSet) throws SQLException {
		return new Row(
			resultSet.getLong("pairId"), resultSet.getLong("programId"),
			resultSet.getLong("mentorUserId"),
			Response.valueOf(resultSet.getString("mentorResponse")),
			new StatusColumns(
				PairStatus.valueOf(resultSet.getString("status")),
				Statements.instant(resultSet, "statusDate"), resultSet.getLong("statusByUserId"),
				Optional.ofNullable(resultSet.getString("statusNote"))),
			resultSet.getLong("userId"), Statements.instant(resultSet, "createDate"),
			resultSet.getLong("mvccVersion"));
	}

	private RuntimeException _updateRefused(Connection connection, long pairId)
		throws SQLException {

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"SELECT 1 FROM Nastavnik_Pair WHERE pairId = ?")) {

			preparedStatement.setLong(1, pairId);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				if (resultSet.next()) {
					return ConflictException.forField("version", "version.stale");
				}

				return new NotFoundException("pair.not-found", pairId);
			}
		}
	}

	private static final String _COLUMNS =
		"p.pairId, p.programId, p.mentorUserId, p.mentorResponse, p.status, p.statusDate, " +
			"p.statusByUserId, p.statusNote, p.userId, p.createDate, p.mvccVersion";

	private record Row(
		long pairId, long programId, long mentorUserId, Response mentorResponse,
		StatusColumns statusColumns, long proposedByUserId, Instant createDate,
		long mvccVersion) {

		Pair toPair(List<PairMember> members) {
			PairState state = statusColumns.toState();

			return new Pair(
				pairId, programId, mentorUserId, mentorResponse, members, state,
				proposedByUserId, createDate, mvccVersion);
		}

	}

	private final JdbcTransactions _transactions;

}
