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

}
