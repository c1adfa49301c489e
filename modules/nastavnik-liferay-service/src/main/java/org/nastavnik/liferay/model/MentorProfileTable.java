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
 * The table class for the &quot;Nastavnik_MentorProfile&quot; database table.
 *
 * @author Brian Wing Shun Chan
 * @see MentorProfile
 * @generated
 */
public class MentorProfileTable extends BaseTable<MentorProfileTable> {

	public static final MentorProfileTable INSTANCE = new MentorProfileTable();

	public final Column<MentorProfileTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<MentorProfileTable, String> uuid = createColumn(
		"uuid_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MentorProfileTable, Long> mentorProfileId =
		createColumn(
			"mentorProfileId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<MentorProfileTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MentorProfileTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MentorProfileTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MentorProfileTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MentorProfileTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<MentorProfileTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<MentorProfileTable, Integer> capacity = createColumn(
		"capacity", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<MentorProfileTable, Integer> reservedSlots =
		createColumn(
			"reservedSlots", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);
	public final Column<MentorProfileTable, String> formats = createColumn(
		"formats", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MentorProfileTable, String> bio = createColumn(
		"bio", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);

	private MentorProfileTable() {
		super("Nastavnik_MentorProfile", MentorProfileTable::new);
	}

}