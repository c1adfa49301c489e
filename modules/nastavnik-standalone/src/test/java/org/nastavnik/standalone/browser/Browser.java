package org.nastavnik.standalone.browser;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium of the system (Debian's {@code chromium} and {@code chromium-driver}, see
 * {@code .ci/install-browser}), with the vocabulary the browser tests speak: labels, roles, visible
 * texts, the focused element and keys.
 *
 * <p>
 * Selenium Manager is never asked for anything: the driver and the browser are given by path,
 * and failsafe sets {@code SE_OFFLINE=true} in case it runs anyway.
 * </p>
 */
final class Browser implements AutoCloseable {

	static final Path CHROMEDRIVER = Path.of(
		System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

	static final Path CHROMIUM = Path.of(
		System.getProperty("nastavnik.chromium", "/usr/bin/chromium"));

	static final Duration TIMEOUT = Duration.ofSeconds(15);


	/**
	 * @return what is missing for the browser tests, or empty when both programs are there
	 */
	static Optional<String> missingPrograms() {
		List<String> missing = new ArrayList<>();

		for (Path program : List.of(CHROMIUM, CHROMEDRIVER)) {
			if (!Files.isExecutable(program)) {
				missing.add(program.toString());
			}
		}

		if (missing.isEmpty()) {
			return Optional.empty();
		}

		return Optional.of(
			"Browser tests skipped: " + String.join(" and ", missing) + " missing. Install " +
				"Debian's chromium and chromium-driver with .ci/install-browser (CI does).");
	}

	/**
	 * Starts a headless Chromium with a fresh profile in Russian, 1280×900.
	 */
	static Browser start(URI baseUri, Path profileDirectory) {
		ChromeOptions options = new ChromeOptions();

		options.setBinary(CHROMIUM.toFile());
		options.addArguments(
			"--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
			"--disable-component-update", "--disable-sync", "--no-first-run",
			"--user-data-dir=" + profileDirectory, "--window-size=1280,900", "--lang=ru-RU");
		// The server picks the page language from Accept-Language; headless says en-US otherwise.
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ru-RU,ru"));

		ChromeDriverService service = new ChromeDriverService.Builder(
		).usingDriverExecutable(
			new File(CHROMEDRIVER.toString())
		).usingAnyFreePort(
		).build();

		return new Browser(baseUri, new ChromeDriver(service, options));
	}

	@Override
	public void close() {
		_driver.quit();
	}

	WebDriver driver() {
		return _driver;
	}

	void open(String path) {
		_driver.get(_baseUri.resolve(path).toString());
	}

	/** Reloads the page, as F5 does. */
	void reload() {
		_driver.navigate().refresh();
	}

	// Finding things as people do

	/** The control a {@code <label>} with this text names. */
	WebElement field(String label) {
		WebElement labelElement = waitFor(
			By.xpath("//label[normalize-space()=" + xpathLiteral(label) + "]"));

		return _driver.findElement(By.id(labelElement.getAttribute("for")));
	}

	/** A button with this visible text. */
	WebElement button(String text) {
		return waitFor(By.xpath("//button[normalize-space()=" + xpathLiteral(text) + "]"));
	}

	/** A button with this visible text inside an element. */
	static WebElement button(WebElement container, String text) {
		return container.findElement(
			By.xpath(".//button[normalize-space()=" + xpathLiteral(text) + "]"));
	}

	/** An element with {@code role="tab"} and this name. */
	WebElement tab(String name) {
		return waitFor(
			By.xpath("//*[@role='tab'][normalize-space()=" + xpathLiteral(name) + "]"));
	}

	/** The tab panel a tab controls. */
	WebElement panelOf(WebElement tab) {
		return _driver.findElement(By.id(tab.getAttribute("aria-controls")));
	}

	/** A card (list item) whose heading has this text, e.g. "Пара № 6". */
	WebElement cardTitled(String heading) {
		return waitFor(
			By.xpath(
				"//li[contains(concat(' ', @class, ' '), ' card ')][.//h3[normalize-space()=" +
					xpathLiteral(heading) + "]]"));
	}

	WebElement focused() {
		return _driver.switchTo().activeElement();
	}

	String focusedDescription() {
		return (String)script(
			"const e = document.activeElement; return e.tagName + (e.id ? '#' + e.id : '') + " +
				"' \"' + (e.textContent || e.value || '').trim().slice(0, 60) + '\"';");
	}

	// Keyboard

	/** Keys typed into whatever has focus, as a person at a keyboard does. */
	void type(CharSequence... keys) {
		focused().sendKeys(keys);
	}

	/** Moves focus with a key, e.g. Tab or an arrow. */
	void press(Keys key) {
		focused().sendKeys(key);
	}

	/**
	 * Presses Tab until an element matching the selector has focus.
	 *
	 * @return the focused element
	 */
	WebElement tabTo(String cssSelector, int maxPresses) {
		for (int i = 0; i < maxPresses; i++) {
			press(Keys.TAB);

			Object matches = script(
				"return document.activeElement.matches(arguments[0]);", cssSelector);

			if (Boolean.TRUE.equals(matches)) {
				return focused();
			}
		}

		throw new AssertionError(
			"Tab did not reach " + cssSelector + " in " + maxPresses + " presses; focus is on " +
				focusedDescription());
	}

	/** Focuses an element and presses Enter on it (buttons, links, submit). */
	static void activate(WebElement element) {
		element.sendKeys(Keys.ENTER);
	}

	// Waiting

	WebElement waitFor(By by) {
		return until(driver -> driver.findElement(by));
	}

	/**
	 * Waits until the condition returns something other than null or false; stale elements
	 * (re-rendered content) count as "not yet".
	 */
	<T> T until(Function<WebDriver, T> condition) {
		return new WebDriverWait(
			_driver, TIMEOUT
		).ignoring(
			StaleElementReferenceException.class
		).until(
			condition
		);
	}

	Object script(String script, Object... args) {
		return ((JavascriptExecutor)_driver).executeScript(script, args);
	}

	static String xpathLiteral(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}

		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

	private Browser(URI baseUri, WebDriver driver) {
		_baseUri = baseUri;
		_driver = driver;
	}

	// Held: java.util.logging keeps loggers weakly, and the level would go with a collected one.
	private static final Logger _CDP_VERSION_FINDER = Logger.getLogger(
		"org.openqa.selenium.devtools.CdpVersionFinder");

	static {
		// No DevTools bindings on the class path on purpose (WebDriver only): don't warn per start.
		_CDP_VERSION_FINDER.setLevel(Level.SEVERE);
	}

	private final URI _baseUri;
	private final WebDriver _driver;

}
