package org.nastavnik.standalone.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.nastavnik.standalone.EmbeddedRuntime;
import org.nastavnik.standalone.RunningRuntime;
import org.nastavnik.standalone.Settings;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The UI in a real browser: headless Chromium against the real runtime (started in this JVM on a
 * free port, with demo data), used with the keyboard and checked with axe-core.
 *
 * <p>
 * Every test has a browser of its own with a fresh profile. The pair proposed in the browser by
 * the curator ({@link #aCuratorProposesAPairAndTheFormExplainsWhatIsMissing}) is the one its
 * mentor accepts afterwards ({@link #theMentorAcceptsInTheBrowserAndThePairBecomesActive}), hence
 * the order. Without Chromium and its driver in /usr/bin the class is skipped (see
 * {@code .ci/install-browser}).
 * </p>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

	@BeforeAll
	static void startRuntime() throws Exception {
		// Skipped test by test (see openBrowser): surefire reports a class aborted in @BeforeAll
		// as zero tests and drops the reason.
		if (_MISSING_PROGRAMS.isPresent()) {
			System.err.println(_MISSING_PROGRAMS.get());

			return;
		}

		_runningRuntime = EmbeddedRuntime.start(
			Settings.of(_temporaryDirectory.resolve("data")).withPort(0));

		assertThat(_runningRuntime.demoMode()).isTrue();

		_curatorApi = BasicApi.as(_baseUri(), "curator", _DEMO_PASSWORD);
		_programId = _curatorApi.get("/programs").get("items").get(0).get("id").asLong();
	}

	@AfterAll
	static void stopRuntime() {
		if (_runningRuntime != null) {
			_runningRuntime.close();
		}

		if (!Axe.seen().isEmpty()) {
			System.out.println("axe violations seen by BrowserIT (any impact):");
			Axe.seen().forEach(line -> System.out.println("  " + line));
		}
	}

	@BeforeEach
	void openBrowser(@TempDir Path profileDirectory) {
		assumeTrue(_MISSING_PROGRAMS.isEmpty(), _MISSING_PROGRAMS::get);

		_browser = Browser.start(_baseUri(), profileDirectory);
	}

	@AfterEach
	void closeBrowser() {
		if (_browser != null) {
			_browser.close();
		}
	}

	@Test
	@Order(1)
	void aCuratorSignsInWithTheKeyboardOnly() {
		_browser.open("/login");

		WebElement screenName = _browser.field("Имя пользователя");
		WebElement password = _browser.field("Пароль");

		assertThat(_browser.focused()).as("focus on load").isEqualTo(screenName);

		_axe.assertNoSeriousViolations(_browser.driver(), "the sign-in page");

		_browser.type("curator");
		_browser.press(Keys.TAB);

		assertThat(_browser.focused()).as("focus after Tab").isEqualTo(password);

		_browser.type("demo", Keys.ENTER);

		_waitUntilSignedInAs("Соколова Ирина Викторовна");
		_waitForPairList();

		assertThat(_browser.tab("Пары наставничества").getAttribute("aria-selected")).isEqualTo(
			"true");

		_axe.assertNoSeriousViolations(_browser.driver(), "the app, tab Pairs (curator)");
	}

	@Test
	@Order(2)
	void theTabsAreOneTabStopAndArrowKeysMoveBetweenThem() {
		_signInAs("curator");
		_waitForPairList();

		// Header first (language switch, sign-out), then the tab list as one stop: the active tab.
		WebElement focusedTab = _browser.tabTo("[role=tab]", 10);

		assertThat(focusedTab.getText()).isEqualTo("Пары наставничества");
		assertThat(focusedTab.getAttribute("aria-selected")).isEqualTo("true");

		_browser.press(Keys.ARROW_RIGHT);

		WebElement mentorsTab = _browser.tab("Банк наставников");

		assertThat(_browser.focused()).as("focus after ArrowRight").isEqualTo(mentorsTab);
		assertThat(mentorsTab.getAttribute("aria-selected")).isEqualTo("true");
		WebElement pairsTab = _browser.tab("Пары наставничества");

		assertThat(pairsTab.getAttribute("tabindex")).isEqualTo("-1");

		WebElement panel = _browser.panelOf(mentorsTab);

		List<WebElement> strengthBadges = _browser.until(
			driver -> {
				List<WebElement> badges = panel.findElements(By.cssSelector("table tbody .badge"));

				return badges.isEmpty() ? null : badges;
			});

		assertThat(panel.isDisplayed()).isTrue();
		assertThat(panel.findElement(By.tagName("caption")).getText()).startsWith(
			"Наставников:");
		// Seen "Наставничество · 5", heard "Наставничество, уровень 5 из 5".
		assertThat(
			strengthBadges.get(0).findElement(By.cssSelector("[aria-hidden=true]")).getText()
		).matches(
			".+ · [1-5]"
		);
		assertThat(_browser.panelOf(pairsTab).isDisplayed()).isFalse();

		_axe.assertNoSeriousViolations(_browser.driver(), "the app, tab Mentor bank (curator)");
	}

	@Test
	@Order(3)
	void aCuratorProposesAPairAndTheFormExplainsWhatIsMissing() {
		JsonNode mentor = _mentorWithAFreePlace();
		JsonNode mentee = _unpairedMentee(mentor.get("userId").asLong());

		_signInAs("curator");
		_waitForPairList();

		Browser.activate(_browser.button("Предложить пару"));

		WebElement form = _browser.waitFor(By.cssSelector("form.card"));

		assertThat(_browser.focused().getText()).as("focus on the form's heading").isEqualTo(
			"Новая пара или группа");

		// Submitted empty: both fields say what is missing, and focus goes to the first.
		Browser.activate(Browser.button(form, "Предложить"));

		WebElement mentorField = _browser.until(
			driver -> {
				WebElement field = _browser.field("Наставник");

				return "true".equals(field.getAttribute("aria-invalid")) ? field : null;
			});

		assertThat(_browser.focused()).as("focus after the failed submit").isEqualTo(
			mentorField);
		assertThat(_describedBy(mentorField)).contains("Выберите наставника.");

		WebElement firstMenteeBox = _browser.driver().findElement(
			By.cssSelector("form.card input[type=checkbox]"));

		assertThat(firstMenteeBox.getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(_describedBy(firstMenteeBox)).contains(
			"Выберите хотя бы одного наставляемого.");

		_axe.assertNoSeriousViolations(
			_browser.driver(), "the propose form with field errors (curator)");

		// Now a real choice: a mentor with a free place and a mentee in no pair.
		Select mentorSelect = new Select(_browser.field("Наставник"));
		String mentorName = mentor.get("fullName").asText();

		mentorSelect.getOptions(
		).stream(
		).filter(
			option -> option.getText().startsWith(mentorName + " — свободно")
		).findFirst(
		).orElseThrow(
			() -> new AssertionError("No option for " + mentorName)
		).click();

		_browser.driver().findElement(
			By.xpath(
				"//form[contains(@class, 'card')]//label[starts-with(normalize-space(), " +
					Browser.xpathLiteral(mentee.get("fullName").asText()) + ")]")
		).click();

		Browser.activate(_browser.button("Предложить"));

		long pairId = _browser.until(driver -> _proposedPairId(mentor, mentee));

		WebElement card = _browser.cardTitled("Пара № " + pairId);

		assertThat(_statusOf(card)).isEqualTo("Предложена");
		assertThat(card.getText()).contains(mentorName, mentee.get("fullName").asText());
		assertThat(_browser.focused().getText()).as("focus on the new card").isEqualTo(
			"Пара № " + pairId);
		assertThat(_browser.driver().findElements(By.cssSelector("form.card"))).isEmpty();

		_proposed = new ProposedPair(pairId, mentor, mentee);
	}

	@Test
	@Order(4)
	void theMentorAcceptsInTheBrowserAndThePairBecomesActive() {
		ProposedPair proposed = _proposedPair();
		String pairTitle = "Пара № " + proposed.id();

		// The curator signs out with the header's button and the mentor signs in.
		_signInAs("curator");
		Browser.activate(
			Browser.button(
				_browser.waitFor(By.cssSelector("nastavnik-app header")), "Выйти"));
		_browser.field("Имя пользователя");

		assertThat(_browser.driver().getCurrentUrl()).endsWith("/login");

		_signInAs(proposed.mentor().get("screenName").asText());

		Browser.activate(_browser.button("Мои пары"));

		_browser.until(
			driver -> "true".equals(_browser.button("Мои пары").getAttribute("aria-pressed")));

		Browser.activate(Browser.button(_browser.cardTitled(pairTitle), "Принять"));

		_browser.until(
			driver -> _mentorResponseOf(_browser.cardTitled(pairTitle)).contains("согласие"));

		assertThat(_statusOf(_browser.cardTitled(pairTitle))).isEqualTo("Предложена");

		// The mentee answers over the API; a reload shows the pair active.
		BasicApi menteeApi = BasicApi.as(
			_baseUri(), proposed.mentee().get("screenName").asText(), _DEMO_PASSWORD);
		long version = menteeApi.get("/pairs/" + proposed.id()).get("version").asLong();

		menteeApi.post("/pairs/" + proposed.id() + "/accept", Map.of("version", version));

		_browser.reload();

		_browser.until(driver -> _statusOf(_browser.cardTitled(pairTitle)).equals("Активна"));

		_axe.assertNoSeriousViolations(
			_browser.driver(), "My pairs with an active pair (mentor)");
	}

	@Test
	@Order(5)
	void theLanguageSwitchRendersEverythingInEnglish() {
		_signInAs("curator");
		_waitForPairList();

		WebElement english = _browser.button("English");

		assertThat(english.getAttribute("aria-pressed")).isEqualTo("false");

		Browser.activate(english);

		_browser.tab("Mentor bank");
		_browser.tab("Mentoring pairs");

		assertThat(_browser.script("return document.documentElement.lang;")).isEqualTo("en");
		assertThat(_browser.button("English").getAttribute("aria-pressed")).isEqualTo("true");
		assertThat(_browser.focused().getText()).as("focus stays on the switch").isEqualTo(
			"English");
		_browser.until(driver -> _browser.button("Propose a pair"));

		_axe.assertNoSeriousViolations(
			_browser.driver(), "the app in English, tab Pairs (curator)");
	}

	/**
	 * Proves that the axe check can fail: an input without a label is a critical violation.
	 */
	@Test
	@Order(6)
	void axeReportsAnUnlabeledField() {
		_browser.open("/login");
		_browser.field("Имя пользователя");

		_browser.script(
			"const input = document.createElement('input');" +
				"input.type = 'text'; input.id = 'unlabeled-probe';" +
				"document.querySelector('form').append(input);");

		List<Rule> violations = _axe.violations(
			_browser.driver(), "the sign-in page with an injected unlabeled input");

		assertThat(violations).extracting(Rule::getId).contains("label");
		assertThat(
			violations.stream().filter(rule -> rule.getId().equals("label")).findFirst().get(
			).getNodes(
			).toString()
		).contains(
			"#unlabeled-probe"
		);
		assertThatThrownBy(
			() -> _axe.assertNoSeriousViolations(violations, "the probe")
		).hasMessageContaining(
			"label [critical]"
		).hasMessageContaining(
			"#unlabeled-probe"
		);
	}

	private static URI _baseUri() {
		return _runningRuntime.baseUri();
	}

	/** @return the texts of the elements aria-describedby points to */
	private String _describedBy(WebElement control) {
		StringBuilder sb = new StringBuilder();

		for (String id : control.getAttribute("aria-describedby").split("\\s+")) {
			sb.append(_browser.driver().findElement(By.id(id)).getText());
			sb.append('\n');
		}

		return sb.toString();
	}

	private static JsonNode _mentorWithAFreePlace() {
		for (JsonNode mentor :
				_curatorApi.get("/mentors?available=true&pageSize=200").get("items")) {

			if (mentor.get("freeSlots").asInt() > 0) {
				return mentor;
			}
		}

		throw new AssertionError("No demo mentor has a free place");
	}

	/** What the card says about the mentor's answer, e.g. "Иванова Мария Петровна согласие". */
	private static String _mentorResponseOf(WebElement card) {
		return card.findElement(
			By.xpath(".//dt[normalize-space()='Наставник']/following-sibling::dd[1]")
		).getText();
	}

	/**
	 * @return the pair the curator proposed in the browser, or (when that test did not run
	 *         first, e.g. this one alone) one proposed over the API
	 */
	private static ProposedPair _proposedPair() {
		if (_proposed != null) {
			return _proposed;
		}

		JsonNode mentor = _mentorWithAFreePlace();
		JsonNode mentee = _unpairedMentee(mentor.get("userId").asLong());
		JsonNode pair = _curatorApi.post(
			"/programs/" + _programId + "/pairs",
			Map.of(
				"mentorUserId", mentor.get("userId").asLong(), "menteeUserIds",
				List.of(mentee.get("userId").asLong())));

		return new ProposedPair(pair.get("id").asLong(), mentor, mentee);
	}

	private static Long _proposedPairId(JsonNode mentor, JsonNode mentee) {
		for (JsonNode pair :
				_curatorApi.get(
					"/programs/" + _programId + "/pairs?status=PROPOSED&pageSize=200"
				).get(
					"items"
				)) {

			if ((pair.get("mentorUserId").asLong() == mentor.get("userId").asLong()) &&
				pair.get("menteeUserIds").toString().equals(
					"[" + mentee.get("userId").asLong() + "]")) {

				return pair.get("id").asLong();
			}
		}

		return null;
	}

	private void _signInAs(String screenName) {
		String fullName = BasicApi.as(
			_baseUri(), screenName, _DEMO_PASSWORD
		).get(
			"/me"
		).get(
			"fullName"
		).asText();

		_browser.open("/login");
		_browser.field("Имя пользователя").sendKeys(screenName);
		_browser.field("Пароль").sendKeys(_DEMO_PASSWORD, Keys.ENTER);

		_waitUntilSignedInAs(fullName);
	}

	/** The visible text of a card's status badge (screen readers hear "Статус: …"). */
	private static String _statusOf(WebElement card) {
		return card.findElement(
			By.cssSelector(".nastavnik-status [aria-hidden=true]")
		).getText();
	}

	private static JsonNode _unpairedMentee(long mentorUserId) {
		Set<Long> paired = new HashSet<>();

		for (JsonNode pair :
				_curatorApi.get(
					"/programs/" + _programId + "/pairs?pageSize=200"
				).get(
					"items"
				)) {

			String status = pair.get("status").asText();

			if (status.equals("PROPOSED") || status.equals("ACTIVE")) {
				pair.get("menteeUserIds").forEach(id -> paired.add(id.asLong()));
			}
		}

		for (JsonNode mentee : _curatorApi.get("/mentees?pageSize=200").get("items")) {
			long userId = mentee.get("userId").asLong();

			if ((userId != mentorUserId) && !paired.contains(userId)) {
				return mentee;
			}
		}

		throw new AssertionError("Every demo mentee is paired");
	}

	private void _waitForPairList() {
		_browser.waitFor(By.cssSelector("nastavnik-pair-registry .nastavnik-pair-list"));
	}

	private void _waitUntilSignedInAs(String fullName) {
		_browser.until(
			driver -> driver.findElement(
				By.cssSelector("nastavnik-app header")
			).getText(
			).contains(
				fullName
			));
	}

	private static final String _DEMO_PASSWORD = "demo";

	private static final Optional<String> _MISSING_PROGRAMS = Browser.missingPrograms();

	private static final Axe _axe = new Axe();

	private static BasicApi _curatorApi;
	private static long _programId;
	private static ProposedPair _proposed;
	private static RunningRuntime _runningRuntime;

	@TempDir
	private static Path _temporaryDirectory;

	private Browser _browser;

	private record ProposedPair(long id, JsonNode mentor, JsonNode mentee) {
	}

}
