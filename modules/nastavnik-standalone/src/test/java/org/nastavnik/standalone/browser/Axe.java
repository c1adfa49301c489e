package org.nastavnik.standalone.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.openqa.selenium.WebDriver;

/**
 * axe-core (bundled in the jar, nothing fetched) on the page as it is now, against WCAG 2 A and
 * AA. Every violation is printed, whatever its impact; serious and critical ones fail the test.
 */
final class Axe {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa");

	/**
	 * Runs axe on the whole page.
	 *
	 * @param where what the page shows, for the report
	 * @return the violations found, of any impact
	 */
	List<Rule> violations(WebDriver driver, String where) {
		Results results = new AxeBuilder().withTags(TAGS).analyze(driver);

		if (results.isErrored()) {
			throw new AssertionError("axe failed on " + where + ": " + results.getErrorMessage());
		}

		List<Rule> violations = results.getViolations();

		if (!results.getIncomplete().isEmpty()) {
			System.out.println(
				"axe on " + where + ": needs review (not violations): " +
					results.getIncomplete().stream().map(
						rule -> rule.getId() + " [" + rule.getImpact() + "] on " +
							rule.getNodes().stream().map(
								node -> String.valueOf(node.getTarget())
							).collect(
								Collectors.joining(" ")
							)
					).collect(
						Collectors.joining(", ")
					));
		}

		System.out.println(
			"axe on " + where + " (" + TAGS + "): " + violations.size() + " violation(s)");

		for (Rule rule : violations) {
			System.out.println("  " + _describe(rule, rule.getNodes()));
			_seen.add(
				where + ": " + rule.getId() + " [" + rule.getImpact() + "] " +
					rule.getNodes().size() + " node(s)");
		}

		return violations;
	}

	/**
	 * Runs axe on the whole page and fails on violations of impact serious or critical.
	 */
	void assertNoSeriousViolations(WebDriver driver, String where) {
		assertNoSeriousViolations(violations(driver, where), where);
	}

	void assertNoSeriousViolations(List<Rule> violations, String where) {
		List<String> failures = new ArrayList<>();

		for (Rule rule : violations) {
			if (_FAILING_IMPACTS.contains(rule.getImpact())) {
				failures.add(_describe(rule, rule.getNodes()));
			}
		}

		if (!failures.isEmpty()) {
			throw new AssertionError(
				"axe found serious or critical WCAG 2 A/AA violations on " + where + ":\n" +
					String.join("\n", failures));
		}
	}

	/** @return every violation seen by this JVM so far, one line each */
	static List<String> seen() {
		return Collections.unmodifiableList(_seen);
	}

	private static String _describe(Rule rule, List<CheckedNode> nodes) {
		StringBuilder sb = new StringBuilder();

		sb.append(rule.getId());
		sb.append(" [");
		sb.append(rule.getImpact());
		sb.append("] ");
		sb.append(rule.getHelp());
		sb.append(" (");
		sb.append(nodes.size());
		sb.append(" node(s))");

		for (CheckedNode node : nodes) {
			sb.append("\n      ");
			sb.append(node.getTarget());
			sb.append(" ");
			sb.append(node.getHtml());

			if (node.getFailureSummary() != null) {
				sb.append("\n        ");
				sb.append(node.getFailureSummary().replace("\n", "\n        "));
			}
		}

		return sb.toString();
	}

	private static final Set<String> _FAILING_IMPACTS = Set.of("serious", "critical");

	private static final List<String> _seen = Collections.synchronizedList(new ArrayList<>());

}
