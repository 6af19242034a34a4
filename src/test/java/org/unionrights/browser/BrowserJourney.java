package org.unionrights.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.unionrights.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey in a real browser against the running portal: one Chromium per test, and the moves
 * a person makes (type, tap, follow).
 */
@IntegrationTest
abstract class BrowserJourney {

	@LocalServerPort
	int port;

	WebDriver browser;

	@BeforeEach
	void startBrowser() {
		browser = BrowserSupport.startChromium();
	}

	@AfterEach
	void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Taps like a thumb: the element scrolled to the middle of the small screen first. */
	void click(By locator) {
		WebElement element = browser.findElement(locator);
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
				element);
		element.click();
	}

	/** Taps a submit button and waits until the next page has replaced this one. */
	void submitAndWait(By locator) {
		// Marks this document; the next one does not carry the mark.
		((JavascriptExecutor) browser).executeScript("window.beforeSubmit = true;");
		click(locator);
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
			.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
				.executeScript("return window.beforeSubmit === undefined && document.readyState === 'complete';")));
	}

	/** Sets a field whose picker differs by browser and locale (month, date). */
	void setValue(String id, String value) {
		((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
				value);
	}

	void signIn(String username, String password) {
		browser.get(url("/login?lang=zh-CN"));
		type("username", username);
		type("password", password);
		click(By.cssSelector("form button[type='submit']"));
	}

	/** Marks the page in the browser's memory: a new page load forgets the mark, an answer in place keeps it. */
	void markPage() {
		((JavascriptExecutor) browser).executeScript("window.portalTestMark = 'same page';");
	}

	/** Whether the page marked by {@link #markPage()} is still the one shown (nothing was reloaded). */
	boolean stillMarkedPage() {
		return "same page".equals(((JavascriptExecutor) browser).executeScript("return window.portalTestMark || null;"));
	}

	/**
	 * Waits until the condition holds, as htmx answers in place; an element replaced while it was
	 * being read is read again.
	 */
	void waitUntil(java.util.function.Supplier<Boolean> condition) {
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(driver -> condition.get());
	}

}
