package org.nastavnik.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.nastavnik.paging.Page;
import org.nastavnik.paging.PageRequest;

/**
 * A list query with optional filters, read a page at a time together with its total. The SQL
 * ({@code OFFSET … ROWS FETCH NEXT … ROWS ONLY}) is standard and runs on H2 and PostgreSQL.
 */
public final class PagedQuery {

	/**
	 * @param columns the select list
	 * @param from the FROM clause, e.g. {@code "Nastavnik_Pair p"}
	 * @param orderBy the ORDER BY clause; it must make the order total, so that pages neither
	 *        overlap nor skip rows
	 */
	public PagedQuery(String columns, String from, String orderBy) {
		_columns = columns;
		_from = from;
		_orderBy = orderBy;
	}

	/**
	 * @param connection the connection
	 * @param pageRequest the page
	 * @param rowMapper reads an item from the current row
	 * @return the page of items and the number of rows that match the filters
	 * @throws SQLException if the database fails
	 */
	public <T> Page<T> page(Connection connection, PageRequest pageRequest, RowMapper<T> rowMapper)
		throws SQLException {

		String where = _conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", _conditions);

		long total;

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"SELECT COUNT(*) FROM " + _from + where)) {

			Statements.bind(preparedStatement, 1, _values);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				resultSet.next();

				total = resultSet.getLong(1);
			}
		}

		List<T> items = new ArrayList<>();

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"SELECT " + _columns + " FROM " + _from + where + " ORDER BY " + _orderBy +
					" OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {

			int index = Statements.bind(preparedStatement, 1, _values);

			preparedStatement.setLong(index++, pageRequest.offset());
			preparedStatement.setInt(index, pageRequest.pageSize());

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					items.add(rowMapper.map(resultSet));
				}
			}
		}

		return new Page<>(items, total, pageRequest);
	}

	/**
	 * Narrows the query; conditions are joined by AND.
	 *
	 * @param condition an SQL condition with {@code ?} placeholders
	 * @param values the values of its placeholders, in order
	 * @return this query
	 */
	public PagedQuery where(String condition, Object... values) {
		_conditions.add("(" + condition + ")");
		_values.addAll(List.of(values));

		return this;
	}

	/**
	 * Reads an item from the current row of a result set.
	 */
	@FunctionalInterface
	public interface RowMapper<T> {

		/**
		 * @param resultSet a result set on a row
		 * @return the item
		 * @throws SQLException if a column cannot be read
		 */
		T map(ResultSet resultSet) throws SQLException;

	}

	private final String _columns;
	private final List<String> _conditions = new ArrayList<>();
	private final String _from;
	private final String _orderBy;
	private final List<Object> _values = new ArrayList<>();

}
