package org.unionrights.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Debian's Chromium and ChromeDriver, headless, with the paths given so that Selenium Manager
 * never downloads anything. Without them a test may skip on a developer's machine, never in CI.
 */
final class BrowserSupport {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("docs/screenshots");

	static final Dimension PHONE = new Dimension(360, 780);

	static final Dimension DESKTOP = new Dimension(1280, 900);

	private BrowserSupport() {
	}

	static WebDriver startChromium() {
		if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
			String message = "Chromium or ChromeDriver missing: apt-get install chromium chromium-driver";
			if (System.getenv("CI") != null) {
				fail(message + " (in CI the browser tests must run)");
			}
			abort(message);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--lang=zh-CN", "--hide-scrollbars", "--force-device-scale-factor=1");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return driver;
	}

	static void resize(WebDriver driver, Dimension size) {
		driver.manage().window().setSize(size);
	}

	/** Waits for the navigation a click started, failing with the page it is stuck on. */
	static void waitForPath(WebDriver driver, String path) {
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.withMessage(() -> "expected " + path + ", still at " + driver.getCurrentUrl())
			.until(ExpectedConditions.urlContains(path));
	}

	/** Saves the whole page as docs/screenshots/{name}.png. */
	static void screenshot(WebDriver driver, String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	/** Saves the whole length of the page, not just the window, then restores the window. */
	static void screenshotFullPage(WebDriver driver, String name) throws IOException {
		Dimension window = driver.manage().window().getSize();
		Number height = (Number) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollHeight;");
		driver.manage().window().setSize(new Dimension(window.getWidth(), Math.min(height.intValue() + 120, 8000)));
		try {
			screenshot(driver, name);
		}
		finally {
			driver.manage().window().setSize(window);
		}
	}

	/** The page fits the window's width: nothing to scroll sideways on a phone. */
	static void assertNoSidewaysScroll(WebDriver driver) {
		Object fits = ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
		if (Boolean.TRUE.equals(fits)) {
			return;
		}
		// Name the culprit: the innermost element whose hiding makes the page fit (an absolutely
		// positioned label escapes clipping, so the element's own box is not always the answer).
		Object culprit = ((JavascriptExecutor) driver).executeScript("""
				const wide = document.documentElement.scrollWidth;
				for (const e of [...document.querySelectorAll('main *')].reverse()) {
				  const display = e.style.display;
				  e.style.display = 'none';
				  const narrower = document.documentElement.scrollWidth < wide;
				  e.style.display = display;
				  if (narrower) {
				    return 'scrollWidth=' + wide + ', hiding ' + e.tagName + '.' + e.className + ' "'
				        + e.textContent.trim().slice(0, 30) + '" helps';
				  }
				}
				return 'scrollWidth=' + wide;""");
		assertThat(fits).as("page wider than the window at " + driver.manage().window().getSize() + ": " + culprit)
			.isEqualTo(true);
	}

	/** axe-core, from its WebJar on the test classpath only: the portal's pages never load it. */
	private static final String AXE = axeSource();

	private static String axeSource() {
		try (var version = BrowserSupport.class
			.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
			java.util.Properties properties = new java.util.Properties();
			properties.load(version);
			try (var script = BrowserSupport.class.getResourceAsStream(
					"/META-INF/resources/webjars/axe-core/" + properties.getProperty("version") + "/axe.min.js")) {
				return new String(script.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
		}
		catch (IOException | NullPointerException ex) {
			throw new IllegalStateException("axe-core's WebJar is missing from the test classpath", ex);
		}
	}

	/**
	 * Runs axe-core's WCAG 2.0 and 2.1 A and AA rules on the page shown and fails on any serious or
	 * critical violation, naming the rule and the elements.
	 */
	@SuppressWarnings("unchecked")
	static void assertAccessible(WebDriver driver, String page) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
			js.executeScript(AXE);
		}
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		Object found = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(result => done(result.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' — '
				      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
				  .catch(error => done(['axe failed: ' + error]));""");
		assertThat((java.util.List<String>) found).as("accessibility of " + page + " (" + driver.getCurrentUrl() + ")")
			.isEmpty();
	}

	/**
	 * Every control a thumb taps on the page shown (fields, buttons, links styled as buttons, the
	 * labels of check boxes and radios, disclosures, the header's links) is at least 44 px high.
	 */
	@SuppressWarnings("unchecked")
	static void assertTargetsAtLeast44Px(WebDriver driver, String page) {
		Object small = ((JavascriptExecutor) driver).executeScript("""
				const targets = 'input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea, '
				    + 'button, a.btn, label.btn, .form-check-label, summary, .site-nav a, .lang-switch a, .hotline';
				return [...document.querySelectorAll(targets)]
				  .filter(e => e.offsetParent !== null && !e.closest('.visually-hidden-focusable, [aria-hidden=true]'))
				  .filter(e => e.getBoundingClientRect().height < 43.5)
				  .map(e => e.tagName + '#' + e.id + '.' + e.className + ' "'
				      + (e.textContent || e.value || '').trim().slice(0, 20) + '" '
				      + Math.round(e.getBoundingClientRect().height) + 'px');""");
		assertThat((java.util.List<String>) small).as("targets under 44 px on " + page).isEmpty();
	}

}
