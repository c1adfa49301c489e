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
 * The table class for the &quot;Nastavnik_PairMember&quot; database table.
 *
 * @author Brian Wing Shun Chan
 * @see PairMember
 * @generated
 */
public class PairMemberTable extends BaseTable<PairMemberTable> {

	public static final PairMemberTable INSTANCE = new PairMemberTable();

	public final Column<PairMemberTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<PairMemberTable, String> uuid = createColumn(
		"uuid_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<PairMemberTable, Long> pairMemberId = createColumn(
		"pairMemberId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<PairMemberTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<PairMemberTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<PairMemberTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<PairMemberTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<PairMemberTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<PairMemberTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<PairMemberTable, Long> pairId = createColumn(
		"pairId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<PairMemberTable, Long> programId = createColumn(
		"programId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<PairMemberTable, Long> menteeUserId = createColumn(
		"menteeUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<PairMemberTable, String> response = createColumn(
		"response", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<PairMemberTable, Integer> openInProgram = createColumn(
		"openInProgram", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);

	private PairMemberTable() {
		super("Nastavnik_PairMember", PairMemberTable::new);
	}

}