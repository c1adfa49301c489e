package org.nastavnik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the UI's texts without running JavaScript: i18n.js is read as text, its two
 * dictionaries are compared, and every message key the modules use must exist in both.
 */
class I18nKeysTest {

	private static final Path UI = Path.of("src/main/resources/META-INF/resources/nastavnik-ui");

	/** 'key': 'text' — keys and texts are single-quoted in i18n.js. */
	private static final Pattern ENTRY = Pattern.compile("^\\s*'([^']+)':\\s*'((?:[^'\\\\]|\\\\.)*)',?$",
		Pattern.MULTILINE);

	/** A quoted string that looks like a message key: namespace.rest. */
	private static final Pattern KEY_LITERAL = Pattern.compile("'([a-z]+(?:\\.[A-Za-z0-9_]+)+)'");

	/** The constant part of a computed key: `pairs.action.${action}`. */
	private static final Pattern KEY_TEMPLATE = Pattern.compile("`([a-z]+(?:\\.[A-Za-z0-9_]+)*\\.)\\$\\{");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");

	private static Map<String, String> ru;
	private static Map<String, String> en;
	private static Map<String, String> sources;

	@BeforeAll
	static void read() throws IOException {
		String i18n = Files.readString(UI.resolve("i18n.js"), StandardCharsets.UTF_8);
		int ruStart = i18n.indexOf("\tru: {");
		int enStart = i18n.indexOf("\ten: {");
		int end = i18n.indexOf("\n};", enStart);

		assertThat(ruStart).as("ru dictionary").isPositive();
		assertThat(enStart).as("en dictionary").isGreaterThan(ruStart);

		ru = entries(i18n.substring(ruStart, enStart));
		en = entries(i18n.substring(enStart, end));

		try (Stream<Path> files = Files.list(UI)) {
			sources = files.filter(
				file -> file.toString().endsWith(".js")
			).collect(
				Collectors.toMap(file -> file.getFileName().toString(), I18nKeysTest::readString, (a, b) -> a,
					TreeMap::new)
			);
		}
	}

	@Test
	void bothLanguagesHaveTheSameKeys() {
		assertThat(ru).isNotEmpty();
		assertThat(en.keySet()).isEqualTo(ru.keySet());
	}

	@Test
	void translationsUseTheSamePlaceholders() {
		for (String key : ru.keySet()) {
			assertThat(placeholders(en.get(key))).as(key).isEqualTo(placeholders(ru.get(key)));
		}
	}

	@Test
	void everyKeyUsedExistsInBothLanguages() {
		Set<String> namespaces = ru.keySet().stream().map(
			key -> key.substring(0, key.indexOf('.'))
		).collect(Collectors.toSet());

		Set<String> missing = new TreeSet<>();

		sources.forEach((file, text) -> {
			Matcher matcher = KEY_LITERAL.matcher(text);

			while (matcher.find()) {
				String key = matcher.group(1);

				// Selectors such as 'form.card' share the shape; only our namespaces are keys.
				if (namespaces.contains(key.substring(0, key.indexOf('.'))) &&
					!(ru.containsKey(key) && en.containsKey(key))) {

					missing.add(file + ": " + key);
				}
			}

			Matcher template = KEY_TEMPLATE.matcher(text);

			while (template.find()) {
				String prefix = template.group(1);

				if (namespaces.contains(prefix.substring(0, prefix.indexOf('.'))) &&
					ru.keySet().stream().noneMatch(key -> key.startsWith(prefix))) {


					missing.add(file + ": " + prefix + "*");
				}
			}
		});

		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumValueHasALabel() {
		Map<String, Set<String>> enums = Map.of(
			"status.", Set.of("PROPOSED", "ACTIVE", "COMPLETED", "CANCELLED", "DECLINED"),
			"response.", Set.of("PENDING", "ACCEPTED", "DECLINED"),
			"category.", Set.of("YOUNG_SPECIALIST", "NEW_DEPUTY_HEAD", "OTHER"),
			"format.", Set.of("IN_PERSON", "ONLINE"),
			"pairs.action.", Set.of("ACCEPT", "DECLINE", "COMPLETE", "CANCEL"),
			"pairs.done.", Set.of("ACCEPT", "DECLINE", "COMPLETE", "CANCEL"),
			"pairs.form.title.", Set.of("DECLINE", "COMPLETE", "CANCEL"),
			"pairs.form.confirm.", Set.of("DECLINE", "COMPLETE", "CANCEL"),
			"pairs.form.back.", Set.of("DECLINE", "COMPLETE", "CANCEL"),
			"error.status.", Set.of("400", "403", "404", "409", "422", "other"));

		enums.forEach((prefix, values) -> {
			for (String value : values) {
				assertThat(ru).as("ru").containsKey(prefix + value);
				assertThat(en).as("en").containsKey(prefix + value);
			}
		});
	}

	@Test
	void noModuleBuildsHtmlFromStrings() {
		// Server data must never be parsed as markup: DOM building (dom.js) only.
		sources.forEach((file, text) -> assertThat(text).as(file).doesNotContain(
			"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write"));
	}

	private static Map<String, String> entries(String dictionary) {
		Map<String, String> entries = new TreeMap<>();
		Matcher matcher = ENTRY.matcher(dictionary);

		while (matcher.find()) {
			assertThat(entries.put(matcher.group(1), matcher.group(2))).as("duplicate " + matcher.group(1))
				.isNull();
		}

		return entries;
	}

	private static Set<String> placeholders(String text) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);

		while (matcher.find()) {
			names.add(matcher.group(1));
		}

		return names;
	}

	private static String readString(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException exception) {
			throw new IllegalStateException(exception);
		}
	}

}
