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
 * The table class for the &quot;Nastavnik_ProgramCurator&quot; database table.
 *
 * @author Brian Wing Shun Chan
 * @see ProgramCurator
 * @generated
 */
public class ProgramCuratorTable extends BaseTable<ProgramCuratorTable> {

	public static final ProgramCuratorTable INSTANCE =
		new ProgramCuratorTable();

	public final Column<ProgramCuratorTable, Long> mvccVersion = createColumn(
		"mvccVersion", Long.class, Types.BIGINT, Column.FLAG_NULLITY);
	public final Column<ProgramCuratorTable, String> uuid = createColumn(
		"uuid_", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<ProgramCuratorTable, Long> programCuratorId =
		createColumn(
			"programCuratorId", Long.class, Types.BIGINT, Column.FLAG_PRIMARY);
	public final Column<ProgramCuratorTable, Long> groupId = createColumn(
		"groupId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ProgramCuratorTable, Long> companyId = createColumn(
		"companyId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ProgramCuratorTable, Long> userId = createColumn(
		"userId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ProgramCuratorTable, String> userName = createColumn(
		"userName", String.class, Types.VARCHAR, Column.FLAG_DEFAULT);
	public final Column<ProgramCuratorTable, Date> createDate = createColumn(
		"createDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<ProgramCuratorTable, Date> modifiedDate = createColumn(
		"modifiedDate", Date.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<ProgramCuratorTable, Long> programId = createColumn(
		"programId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);
	public final Column<ProgramCuratorTable, Long> curatorUserId = createColumn(
		"curatorUserId", Long.class, Types.BIGINT, Column.FLAG_DEFAULT);

	private ProgramCuratorTable() {
		super("Nastavnik_ProgramCurator", ProgramCuratorTable::new);
	}

}