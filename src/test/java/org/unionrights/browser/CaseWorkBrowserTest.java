package org.unionrights.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.unionrights.DemoUsers;
import org.unionrights.files.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker writes and sends a file on the status page; the lawyer finds both from the start
 * page, opens the file, prints the case and exports the case list.
 */
class CaseWorkBrowserTest extends BrowserJourney {

	private static final String YEAR = Integer.toString(Year.now(ZoneId.of("Asia/Shanghai")).getValue());

	/** The demo wage claim, carried as a case by the demo lawyer. */
	private static final String TRACKING_NO = "WQ-" + YEAR + "-000001";

	private static final String CASE_NO = "AJ-" + YEAR + "-000001";

	@Test
	void theLawyerFindsWhatTheWorkerSentFromTheStartPagePrintsTheCaseAndExportsTheList() throws Exception {
		theWorkerWritesAndSendsAFile();

		BrowserSupport.resize(browser, BrowserSupport.DESKTOP);
		signIn(DemoUsers.LAWYER, DemoUsers.PASSWORD);
		BrowserSupport.waitForPath(browser, "/workspace/lawyer");
		String workList = browser.findElement(By.className("work-list")).getText();
		assertThat(workList).contains("职工有新消息", CASE_NO);
		BrowserSupport.assertAccessible(browser, "lawyer start page");
		BrowserSupport.screenshot(browser, "start-lawyer-desktop");
		click(By.cssSelector(".work-list a[href='/cases/" + CASE_NO + "#worker-heading']"));
		BrowserSupport.waitForPath(browser, "/cases/" + CASE_NO);
		String fromWorker = browser.findElement(By.cssSelector("section[aria-labelledby='worker-heading']")).getText();
		assertThat(fromWorker).contains("工地又停工了，老板电话打不通。", "欠条照片.png", "新");
		((JavascriptExecutor) browser).executeScript(
				"document.getElementById('worker-heading').scrollIntoView({behavior: 'instant'});");
		BrowserSupport.screenshot(browser, "case-from-worker-desktop");
		// The file opens through the case.
		String href = browser.findElement(By.linkText("欠条照片.png")).getAttribute("href");
		assertThat(fetchStatus(href)).isEqualTo("200 image/png");

		click(By.linkText("打印案件（仲裁卷宗用）"));
		BrowserSupport.waitForPath(browser, "/cases/" + CASE_NO + "/print");
		assertThat(browser.findElements(By.tagName("nav"))).isEmpty();
		assertThat(browser.findElements(By.tagName("form"))).isEmpty();
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(CASE_NO, "当事人", "承办人（签名）");
		BrowserSupport.screenshotFullPage(browser, "case-print-desktop");

		browser.get(url("/cases?q=" + CASE_NO));
		String csv = browser.findElement(By.linkText("CSV")).getAttribute("href");
		String xlsx = browser.findElement(By.linkText("Excel")).getAttribute("href");
		assertThat(fetchText(csv)).contains(CASE_NO);
		assertThat(fetchStatus(xlsx)).isEqualTo("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		BrowserSupport.screenshot(browser, "cases-search-desktop");
		BrowserSupport.resize(browser, BrowserSupport.PHONE);
		browser.get(url("/workspace/lawyer"));
		BrowserSupport.screenshot(browser, "start-lawyer-phone");
	}

	/** On a phone: the demo request looked up with its code, a message and a photo sent. */
	private void theWorkerWritesAndSendsAFile() throws Exception {
		BrowserSupport.resize(browser, BrowserSupport.PHONE);
		browser.get(url("/help/status?lang=zh-CN"));
		type("trackingNo", TRACKING_NO);
		type("queryCode", "DEMO-2345");
		click(By.cssSelector("form button[type='submit']"));
		BrowserSupport.waitForPath(browser, "/help/requests/" + TRACKING_NO);
		type("text", "工地又停工了，老板电话打不通。");
		submitAndWait(By.cssSelector("form[action$='/messages'] button"));
		BrowserSupport.waitForPath(browser, "/help/requests/" + TRACKING_NO);
		Path photo = Files.createTempDirectory("evidence").resolve("欠条照片.png");
		Files.write(photo, TestFiles.png(21));
		browser.findElement(By.id("files")).sendKeys(photo.toString());
		submitAndWait(By.cssSelector("form[action$='/evidence'] button"));
		BrowserSupport.waitForPath(browser, "/help/requests/" + TRACKING_NO);
		assertThat(browser.getPageSource()).contains("欠条照片.png");
		BrowserSupport.screenshot(browser, "help-status-sent-phone");
	}

	/** Status and content type of an address, fetched within the signed-in page. */
	private String fetchStatus(String href) {
		return (String) ((JavascriptExecutor) browser).executeAsyncScript(
				"const done = arguments[arguments.length - 1];"
						+ "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Content-Type')));",
				href);
	}

	private String fetchText(String href) {
		return (String) ((JavascriptExecutor) browser).executeAsyncScript(
				"const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);", href);
	}

}
