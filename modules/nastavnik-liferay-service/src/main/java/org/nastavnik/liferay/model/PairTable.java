/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package org.nastavnik.liferay.model;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Types;

import java.util.Date;

/**
 * The table class for the &quot;Nastavnik_Pair&quot; database table.
 *
 * @author Brian Wing Shun Chan
 * @see Pair
 * @generated
 */
public class PairTable extends BaseTable<PairTable> {

	public static final PairTable INSTANCE = new PairTable();

	public final Column<PairTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<PairTable, String> uuid = createColumn(
		"uuid_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<PairTable, Long> pairId = createColumn(
		"pairId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<PairTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<PairTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<PairTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<PairTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<PairTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<PairTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<PairTable, Long> programId = createColumn(
		"programId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<PairTable, Long> mentorUserId = createColumn(
		"mentorUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<PairTable, String> mentorResponse = createColumn(
		"mentorResponse", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<PairTable, String> status = createColumn(
		"status", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<PairTable, Long> statusByUserId = createColumn(
		"statusByUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<PairTable, Date> statusDate = createColumn(
		"statusDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<PairTable, String> statusNote = createColumn(
		"statusNote", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private PairTable() {
		super("Nastavnik_Pair", PairTable::new);
	}

}