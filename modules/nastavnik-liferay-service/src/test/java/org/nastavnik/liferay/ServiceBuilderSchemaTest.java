package org.nastavnik.liferay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Holds the portal's schema (Service Builder's tables.sql and indexes.sql) and the JDBC twin's
 * (V1__pair_registry.sql) to the same tables, columns and unique keys, so that data and queries
 * mean the same in both runtimes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class ServiceBuilderSchemaTest {

	@BeforeAll
	public void readSchemas() throws IOException {
		String jdbcSql = Files.readString(
			Path.of(
				System.getProperty(
					"nastavnik.jdbc.schema",
					"../nastavnik-store-jdbc/src/main/resources/org/nastavnik/store/jdbc/" +
						"migration/V1__pair_registry.sql")));
		Path portalSqlDir = Path.of(
			System.getProperty("nastavnik.portal.sql.dir", "src/main/resources/META-INF/sql"));

		_jdbcTables = _parseTables(jdbcSql, _JDBC_TABLE, _JDBC_COLUMN);
		_jdbcUniqueKeys = _parseJdbcUniqueKeys(jdbcSql);
		_portalTables = _parseTables(
			Files.readString(portalSqlDir.resolve("tables.sql")), _PORTAL_TABLE, _PORTAL_COLUMN);
		_portalUniqueKeys = _parsePortalUniqueIndexes(
			Files.readString(portalSqlDir.resolve("indexes.sql")));
	}

	@Test
	public void bothSchemasHaveTheSameTables() {
		assertThat(_jdbcTables).hasSize(9);
		assertThat(_portalTables.keySet()).isEqualTo(_jdbcTables.keySet());
	}

	@Test
	public void portalHasEveryJdbcColumnWithACompatibleTypeAndOnlyTheDocumentedExtras() {
		assertThat(_differences(_jdbcTables, _portalTables)).isEmpty();
	}

	@Test
	public void portalHasEveryJdbcUniqueKeyScopedBySiteAtMost() {
		for (Map.Entry<String, List<Set<String>>> entry : _jdbcUniqueKeys.entrySet()) {
			List<Set<String>> portalKeys = _portalUniqueKeys.getOrDefault(
				entry.getKey(), List.of());

			for (Set<String> jdbcKey : entry.getValue()) {
				Set<String> scopedKey = new TreeSet<>(jdbcKey);

				scopedKey.add("groupId");

				assertThat(
					portalKeys
				).as(
					"unique key %s of %s", jdbcKey, entry.getKey()
				).containsAnyOf(
					jdbcKey, scopedKey
				);
			}
		}

		assertThat(_jdbcUniqueKeys).containsKeys("Nastavnik_PairMember", "Nastavnik_MentorProfile");
	}

	@Test
	public void comparisonFailsOnARenamedColumnOrAChangedSize() {
		Map<String, Map<String, String>> renamed = _copy(_portalTables);

		renamed.get("Nastavnik_Pair").remove("mentorUserId");
		renamed.get("Nastavnik_Pair").put("mentorId", "LONG");

		assertThat(
			_differences(_jdbcTables, renamed)
		).contains(
			"Nastavnik_Pair.mentorUserId is missing",
			"Nastavnik_Pair.mentorId is not a documented portal-only column"
		);

		Map<String, Map<String, String>> resized = _copy(_portalTables);

		resized.get("Nastavnik_MentorProfile").put("bio", "VARCHAR(75)");
		resized.get("Nastavnik_Program").put("programId", "INTEGER");

		assertThat(
			_differences(_jdbcTables, resized)
		).containsExactlyInAnyOrder(
			"Nastavnik_MentorProfile.bio is VARCHAR(2000) in JDBC but VARCHAR(75) in the portal",
			"Nastavnik_Program.programId is BIGINT in JDBC but INTEGER in the portal"
		);
	}

	private static boolean _compatible(String jdbcType, String portalType) {
		Matcher jdbcVarchar = _VARCHAR.matcher(jdbcType);

		if (jdbcVarchar.matches()) {
			int length = Integer.parseInt(jdbcVarchar.group(1));

			if (portalType.equals("VARCHAR(" + length + ")")) {
				return true;
			}

			// Service Builder writes STRING for 4000 characters and TEXT beyond.

			return (length >= 4000) && (portalType.equals("STRING") || portalType.equals("TEXT"));
		}

		return switch (jdbcType) {
			case "BIGINT" -> portalType.equals("LONG");
			case "INT", "INTEGER" -> portalType.equals("INTEGER");
			case "DATE", "TIMESTAMP" -> portalType.equals("DATE");
			case "TEXT", "CLOB" -> portalType.equals("TEXT");
			case "BOOLEAN" -> portalType.equals("BOOLEAN");
			default -> false;
		};
	}

	private static Map<String, Map<String, String>> _copy(
		Map<String, Map<String, String>> tables) {

		Map<String, Map<String, String>> copy = new LinkedHashMap<>();

		tables.forEach((table, columns) -> copy.put(table, new LinkedHashMap<>(columns)));

		return copy;
	}

	private static List<String> _differences(
		Map<String, Map<String, String>> jdbcTables,
		Map<String, Map<String, String>> portalTables) {

		List<String> differences = new ArrayList<>();

		jdbcTables.forEach(
			(table, jdbcColumns) -> {
				Map<String, String> portalColumns = portalTables.getOrDefault(table, Map.of());

				jdbcColumns.forEach(
					(column, jdbcType) -> {
						String portalType = portalColumns.get(column);

						if (portalType == null) {
							differences.add(table + "." + column + " is missing");
						}
						else if (!_compatible(jdbcType, portalType)) {
							differences.add(
								table + "." + column + " is " + jdbcType + " in JDBC but " +
									portalType + " in the portal");
						}
					});

				Set<String> portalOnly = new TreeSet<>(portalColumns.keySet());

				portalOnly.removeAll(jdbcColumns.keySet());

				Set<String> documented = PORTAL_ONLY_COLUMNS.getOrDefault(table, Set.of());

				for (String column : portalOnly) {
					if (!documented.contains(column)) {
						differences.add(
							table + "." + column + " is not a documented portal-only column");
					}
				}

				for (String column : documented) {
					if (!portalColumns.containsKey(column)) {
						differences.add(
							table + "." + column + " is documented as portal-only but absent");
					}
					else if (jdbcColumns.containsKey(column)) {
						differences.add(
							table + "." + column + " is documented as portal-only but JDBC has it");
					}
				}
			});

		return differences;
	}

	private static List<String> _matches(Pattern pattern, String text, int group) {
		List<String> matches = new ArrayList<>();

		Matcher matcher = pattern.matcher(text);

		while (matcher.find()) {
			matches.add(matcher.group(group));
		}

		return matches;
	}

	private static Map<String, List<Set<String>>> _parseJdbcUniqueKeys(String sql) {
		Map<String, List<Set<String>>> uniqueKeys = new LinkedHashMap<>();

		Matcher tableMatcher = _JDBC_TABLE.matcher(sql);

		while (tableMatcher.find()) {
			for (String columns : _matches(_JDBC_UNIQUE, tableMatcher.group(2), 1)) {
				uniqueKeys.computeIfAbsent(
					tableMatcher.group(1), table -> new ArrayList<>()
				).add(
					_columnSet(columns)
				);
			}
		}

		return uniqueKeys;
	}

	private static Set<String> _columnSet(String columns) {
		Set<String> columnSet = new TreeSet<>();

		for (String column : columns.split(",")) {

			// indexes.sql sizes string columns: code[$COLUMN_LENGTH:75$].

			columnSet.add(column.replaceAll("\\[.*\\]", "").strip());
		}

		return columnSet;
	}

	private static Map<String, List<Set<String>>> _parsePortalUniqueIndexes(String sql) {
		Map<String, List<Set<String>>> uniqueIndexes = new LinkedHashMap<>();

		Matcher matcher = _PORTAL_UNIQUE_INDEX.matcher(sql);

		while (matcher.find()) {
			uniqueIndexes.computeIfAbsent(
				matcher.group(1), table -> new ArrayList<>()
			).add(
				_columnSet(matcher.group(2))
			);
		}

		return uniqueIndexes;
	}

	private static Map<String, Map<String, String>> _parseTables(
		String sql, Pattern tablePattern, Pattern columnPattern) {

		Map<String, Map<String, String>> tables = new LinkedHashMap<>();

		Matcher tableMatcher = tablePattern.matcher(sql);

		while (tableMatcher.find()) {
			Map<String, String> columns = new LinkedHashMap<>();

			for (String line : tableMatcher.group(2).split("\n")) {
				Matcher columnMatcher = columnPattern.matcher(line);

				if (columnMatcher.find()) {
					columns.put(columnMatcher.group(1), columnMatcher.group(2).toUpperCase());
				}
			}

			tables.put(tableMatcher.group(1), columns);
		}

		return tables;
	}

	/**
	 * The columns only the portal's tables have, per table: its own UUID, the site and company
	 * that scope every row, the name of the user (the JDBC twin keeps no names), and the audit
	 * fields and mvccVersion of the tables the JDBC twin keeps lean (competencies and the rows
	 * that belong to another row). Listed in the module's report; nothing else may differ.
	 */
	static final Map<String, Set<String>> PORTAL_ONLY_COLUMNS;

	private static final Pattern _JDBC_COLUMN = Pattern.compile(
		"^\\s+(?!CONSTRAINT\\b|REFERENCES\\b)(\\w+)\\s+(\\w+(?:\\(\\d+\\))?)");

	private static final Pattern _JDBC_TABLE = Pattern.compile(
		"CREATE TABLE (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);

	private static final Pattern _JDBC_UNIQUE = Pattern.compile(
		"CONSTRAINT \\w+ UNIQUE \\(([^)]*)\\)");

	private static final Pattern _PORTAL_COLUMN = Pattern.compile(
		"^\\s+(\\w+)\\s+(\\w+(?:\\(\\d+\\))?)");

	private static final Pattern _PORTAL_TABLE = Pattern.compile(
		"create table (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);

	private static final Pattern _PORTAL_UNIQUE_INDEX = Pattern.compile(
		"create unique index \\w+ on (\\w+) \\(([^)]*)\\);");

	private static final Pattern _VARCHAR = Pattern.compile("VARCHAR\\((\\d+)\\)");

	static {
		Set<String> scoped = Set.of("companyId", "groupId", "userName", "uuid_");
		Set<String> scopedAndAudited = Set.of(
			"companyId", "createDate", "groupId", "modifiedDate", "mvccVersion", "userId",
			"userName", "uuid_");

		PORTAL_ONLY_COLUMNS = Map.of(
			"Nastavnik_Competency", scopedAndAudited, "Nastavnik_MenteeNeed", scopedAndAudited,
			"Nastavnik_MenteeProfile", scoped, "Nastavnik_MentorProfile", scoped,
			"Nastavnik_MentorStrength", scopedAndAudited, "Nastavnik_Pair", scoped,
			"Nastavnik_PairMember", scopedAndAudited, "Nastavnik_Program", scoped,
			"Nastavnik_ProgramCurator", scopedAndAudited);
	}

	private Map<String, Map<String, String>> _jdbcTables;
	private Map<String, List<Set<String>>> _jdbcUniqueKeys;
	private Map<String, Map<String, String>> _portalTables;
	private Map<String, List<Set<String>>> _portalUniqueKeys;

}
