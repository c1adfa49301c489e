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
 * The table class for the &quot;Nastavnik_MentorStrength&quot; database table.
 *
 * @author Brian Wing Shun Chan
 * @see MentorStrength
 * @generated
 */
public class MentorStrengthTable extends BaseTable<MentorStrengthTable> {

	public static final MentorStrengthTable INSTANCE =
		new MentorStrengthTable();

	public final Column<MentorStrengthTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<MentorStrengthTable, String> uuid = createColumn(
		"uuid_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MentorStrengthTable, Long> mentorStrengthId =
		createColumn(
			"mentorStrengthId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<MentorStrengthTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MentorStrengthTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MentorStrengthTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MentorStrengthTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MentorStrengthTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<MentorStrengthTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<MentorStrengthTable, Long> mentorProfileId =
		createColumn(
			"mentorProfileId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MentorStrengthTable, Long> competencyId = createColumn(
		"competencyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MentorStrengthTable, Integer> strengthLevel =
		createColumn(
			"strengthLevel", Integer.class, Types.INTEGER, Column.FLAG_DEFAULT);

	private MentorStrengthTable() {
		super("Nastavnik_MentorStrength", MentorStrengthTable::new);
	}

}