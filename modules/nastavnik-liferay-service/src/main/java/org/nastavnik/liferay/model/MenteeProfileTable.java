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
 * The table class for the &quot;Nastavnik_MenteeProfile&quot; database table.
 *
 * @author Brian Wing Shun Chan
 * @see MenteeProfile
 * @generated
 */
public class MenteeProfileTable extends BaseTable<MenteeProfileTable> {

	public static final MenteeProfileTable INSTANCE = new MenteeProfileTable();

	public final Column<MenteeProfileTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<MenteeProfileTable, String> uuid = createColumn(
		"uuid_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MenteeProfileTable, Long> menteeProfileId =
		createColumn(
			"menteeProfileId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<MenteeProfileTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MenteeProfileTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MenteeProfileTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MenteeProfileTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MenteeProfileTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<MenteeProfileTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<MenteeProfileTable, String> category = createColumn(
		"category", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MenteeProfileTable, Integer> yearsOfExperience =
		createColumn(
			"yearsOfExperience", Integer.class, Types.INTEGER,
			Column.FLAG_DEFAULT);
	public final Column<MenteeProfileTable, Long> organizationId = createColumn(
		"organizationId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);

	private MenteeProfileTable() {
		super("Nastavnik_MenteeProfile", MenteeProfileTable::new);
	}

}