package org.unionrights.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.unionrights.intake.HelpForms;
import org.unionrights.intake.HelpRequestService;
import org.unionrights.files.StoredFiles;
import org.unionrights.intake.Submission;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a worker on a 360 px phone meets when something goes wrong: a refused form says so at its
 * top, the receipt survives a reload, a wrong address gets the way to ask for help; and every
 * worker page passes axe-core's WCAG 2.1 AA rules in both languages.
 */
class WorkerPagesBrowserTest extends BrowserJourney {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	MessageSource messages;

	@Autowired
	HelpRequestService requests;

	@BeforeEach
	void phone() {
		BrowserSupport.resize(browser, BrowserSupport.PHONE);
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** The wage form filled in as a worker would, but for the mobile number and the consent. */
	private void fillTheWageFormWithTwoMistakes() {
		browser.get(url("/help/new?category=WAGES&lang=zh-CN"));
		type("description", "老板欠了我们三个月工资，一直说下个月给。");
		type("employer.name", "宝鸡某劳务公司（错误提示测试）");
		new Select(browser.findElement(By.id("countyId"))).selectByVisibleText("渭滨区");
		setValue("wages.periodFrom", "2026-08");
		type("wages.amountOwed", "9000");
		type("contactName", "李四");
		type("contactMobile", "12345");
	}

	@Test
	void aRefusedFormSaysSoInItsFirstScreenWithFocusOnTheSummary() throws Exception {
		fillTheWageFormWithTwoMistakes();
		click(By.cssSelector("form button[type='submit']"));
		waitUntil(() -> !browser.findElements(By.id("error-summary")).isEmpty());

		assertThat(browser.getTitle()).startsWith(text("form.errorTitle", ZH, "").strip());
		WebElement summary = browser.findElement(By.id("error-summary"));
		Number windowHeight = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerHeight;");
		assertThat(summary.getRect().getY()).as("the summary is in the first screen").isLessThan(windowHeight.intValue());
		assertThat(((JavascriptExecutor) browser).executeScript("return document.activeElement.id;"))
			.isEqualTo("error-summary");
		List<WebElement> links = summary.findElements(By.tagName("a"));
		assertThat(links).extracting(WebElement::getText)
			.contains(text("validation.mobile", ZH), text("validation.consent", ZH));
		BrowserSupport.assertNoSidewaysScroll(browser);
		BrowserSupport.screenshot(browser, "help-form-errors-phone");
		BrowserSupport.assertAccessible(browser, "the help form with errors");
		BrowserSupport.assertTargetsAtLeast44Px(browser, "the help form with errors");

		links.get(0).click();
		assertThat(((JavascriptExecutor) browser).executeScript("return document.activeElement.id;"))
			.as("a summary link puts the cursor in its field")
			.isIn("contactMobile", "consent1");
		assertThat(browser.findElement(By.id("contactName")).getAttribute("value")).as("what was typed is kept")
			.isEqualTo("李四");
	}

	@Test
	void theReceiptStillShowsTheCodeAfterTheTabIsReloaded() throws Exception {
		fillTheWageFormWithTwoMistakes();
		type("contactMobile", "13800138042");
		click(By.id("consent1"));
		click(By.cssSelector("form button[type='submit']"));
		BrowserSupport.waitForPath(browser, "/help/receipt");
		String trackingNo = browser.findElement(By.id("tracking-no")).getText();
		String code = browser.findElement(By.id("query-code")).getText();
		BrowserSupport.assertAccessible(browser, "the receipt");
		BrowserSupport.assertTargetsAtLeast44Px(browser, "the receipt");

		browser.navigate().refresh();
		assertThat(browser.findElement(By.id("tracking-no")).getText()).isEqualTo(trackingNo);
		assertThat(browser.findElement(By.id("query-code")).getText()).isEqualTo(code);
		assertThat(browser.findElement(By.id("copy-receipt")).isDisplayed()).as("the copy button, with JavaScript")
			.isTrue();
		BrowserSupport.screenshotFullPage(browser, "help-receipt-reloaded-phone");
	}

	@Test
	void anUnknownAddressGetsTheNotFoundPageInTheLanguageAskedWithTheWaysToGetHelp() throws Exception {
		for (Locale locale : List.of(Locale.ENGLISH, ZH)) {
			browser.get(url("/no-such-page?lang=" + (locale == ZH ? "zh-CN" : "en")));
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(text("error.404.title", locale));
			assertThat(browser.findElement(By.tagName("main")).getText()).contains(text("nav.help", locale),
					text("nav.status", locale), "12351");
			assertThat(browser.getCurrentUrl()).doesNotContain("/login");
			BrowserSupport.assertAccessible(browser, "the 404 page");
		}
		BrowserSupport.screenshot(browser, "not-found-phone");
	}

	@Test
	void everyWorkerPagePassesTheAccessibilityRulesInBothLanguages() {
		String code = requests.newQueryCode();
		String trackingNo = requests.submit(HelpForms.wageRequest(), Submission.web(HelpForms.newToken(), code))
			.trackingNo();
		for (String lang : List.of("zh-CN", "en")) {
			for (String page : List.of("/", "/help/new", "/help/new?category=WAGES", "/help/new?category=INJURY",
					"/help/status", "/help/privacy")) {
				browser.get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + lang));
				BrowserSupport.assertAccessible(browser, page + " " + lang);
				BrowserSupport.assertTargetsAtLeast44Px(browser, page + " " + lang);
			}
			browser.get(url("/help/status?lang=" + lang));
			type("trackingNo", trackingNo);
			type("queryCode", "WRNG-CODE");
			click(By.cssSelector("form button[type='submit']"));
			waitUntil(() -> !browser.findElements(By.className("alert-danger")).isEmpty());
			BrowserSupport.assertAccessible(browser, "a failed look-up " + lang);
		}
		browser.get(url("/help/status?lang=zh-CN"));
		type("trackingNo", trackingNo);
		type("queryCode", code);
		click(By.cssSelector("form button[type='submit']"));
		BrowserSupport.waitForPath(browser, "/help/requests/" + trackingNo);
		BrowserSupport.assertAccessible(browser, "the worker's request");
		browser.get(url("/help/requests/" + trackingNo + "?lang=en"));
		BrowserSupport.assertAccessible(browser, "the worker's request in English");
	}

	@Test
	void aFileTooLargeOrOfTheWrongKindIsRefusedAsSoonAsItIsChosen() throws Exception {
		Path folder = Files.createTempDirectory("chosen");
		Path big = Files.write(folder.resolve("工资条.jpg"), new byte[(int) StoredFiles.MAX_BYTES + 1]);
		Path text = Files.writeString(folder.resolve("notes.txt"), "not a photo");
		try {
			browser.get(url("/help/new?category=WAGES&lang=zh-CN"));
			assertThat(browser.findElement(By.id("files-help")).getText()).contains("10MB");
			WebElement files = browser.findElement(By.id("files"));
			WebElement check = browser.findElement(By.id("files-check"));
			assertThat(check.isDisplayed()).isFalse();

			files.sendKeys(big.toString());
			waitUntil(check::isDisplayed);
			assertThat(check.getText()).isEqualTo(text("help.evidence.tooLarge.now", ZH).replace("{0}", "工资条.jpg"));
			assertThat(files.getAttribute("value")).as("the file is not sent with the form").isEmpty();
			assertThat(files.getAttribute("aria-invalid")).isEqualTo("true");
			((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", files);
			BrowserSupport.screenshot(browser, "help-file-too-large-phone");

			files.sendKeys(text.toString());
			waitUntil(() -> check.getText().contains("notes.txt"));
			assertThat(check.getText()).isEqualTo(text("help.evidence.type.now", ZH).replace("{0}", "notes.txt"));
			assertThat(files.getAttribute("value")).isEmpty();
		}
		finally {
			Files.delete(big);
			Files.delete(text);
			Files.delete(folder);
		}
	}

}
