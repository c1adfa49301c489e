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
 * The table class for the &quot;Nastavnik_MenteeNeed&quot; database table.
 *
 * @author Brian Wing Shun Chan
 * @see MenteeNeed
 * @generated
 */
public class MenteeNeedTable extends BaseTable<MenteeNeedTable> {

	public static final MenteeNeedTable INSTANCE = new MenteeNeedTable();

	public final Column<MenteeNeedTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<MenteeNeedTable, String> uuid = createColumn(
		"uuid_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MenteeNeedTable, Long> menteeNeedId = createColumn(
		"menteeNeedId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<MenteeNeedTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MenteeNeedTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MenteeNeedTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MenteeNeedTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<MenteeNeedTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<MenteeNeedTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<MenteeNeedTable, Long> menteeProfileId = createColumn(
		"menteeProfileId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<MenteeNeedTable, Long> competencyId = createColumn(
		"competencyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);

	private MenteeNeedTable() {
		super("Nastavnik_MenteeNeed", MenteeNeedTable::new);
	}

}