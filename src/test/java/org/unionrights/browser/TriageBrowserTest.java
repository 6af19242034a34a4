package org.unionrights.browser;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.unionrights.DemoUsers;
import org.unionrights.intake.HelpForms;
import org.unionrights.intake.HelpRequestService;
import org.unionrights.intake.NewHelpRequest;
import org.unionrights.intake.RequestCategory;
import org.unionrights.intake.Submission;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A county officer finds a worker's request in the queue, reads it and answers; the worker sees
 * the answer on their phone.
 */
class TriageBrowserTest extends BrowserJourney {

	@Autowired
	HelpRequestService requests;

	@Test
	void anOfficerAnswersAndTheWorkerReadsTheAnswer() throws Exception {
		String code = requests.newQueryCode();
		Map<String, String> fields = HelpForms.wages("13700001234");
		String trackingNo = requests.submit(new NewHelpRequest(RequestCategory.WAGES, "快递网点拖欠两个月工资和押金。",
				"宝鸡某快递网点（浏览器测试）", null, 1L, null, "刘洋", "13700001234", null, true, null, 1,
				new NewHelpRequest.Wages("渭滨区经二路网点", null, null,
						java.time.LocalDate.now().minusMonths(2).withDayOfMonth(1), null, new java.math.BigDecimal("9600"),
						java.util.List.of()),
				null), Submission.web(fields.get("draftToken"), code))
			.trackingNo();

		BrowserSupport.resize(browser, BrowserSupport.DESKTOP);
		signIn(DemoUsers.COUNTY_OFFICER, DemoUsers.PASSWORD);
		BrowserSupport.waitForPath(browser, "/workspace/county");
		click(By.linkText("求助受理"));
		BrowserSupport.waitForPath(browser, "/triage");
		// The results follow the search as it is typed (htmx), without a new page and without the button.
		markPage();
		type("q", "浏览器测试");
		waitUntil(() -> browser.getCurrentUrl().contains("q=")
				&& browser.findElement(By.id("queue-results")).getText().contains(trackingNo));
		assertThat(stillMarkedPage()).as("answered in place").isTrue();
		assertThat(browser.findElement(By.tagName("table")).getText()).contains(trackingNo, "137****1234");
		// The address holds the filter, so a reload (or a bookmark) shows the same results as a whole page.
		browser.navigate().refresh();
		assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("浏览器测试");
		assertThat(browser.findElement(By.tagName("table")).getText()).contains(trackingNo);
		BrowserSupport.screenshot(browser, "triage-queue-desktop");

		click(By.linkText(trackingNo));
		BrowserSupport.waitForPath(browser, "/triage/requests/" + trackingNo);
		submitAndWait(By.cssSelector("form[action$='/reveal'] button"));
		assertThat(browser.findElement(By.id("contact-mobile")).getText()).isEqualTo("13700001234");
		type("reply-text", "刘师傅您好，我们已联系网点负责人，请保留押金收据。");
		submitAndWait(By.cssSelector("form[action$='/reply'] button"));
		BrowserSupport.waitForPath(browser, "/triage/requests/" + trackingNo);
		assertThat(browser.findElement(By.className("alert-success")).getText()).contains("回复已发送");
		BrowserSupport.screenshotFullPage(browser, "triage-request-desktop");
		click(By.cssSelector("form[action='/logout'] button"));
		BrowserSupport.waitForPath(browser, "/login?logout");

		BrowserSupport.resize(browser, BrowserSupport.PHONE);
		browser.get(url("/help/status?lang=zh-CN"));
		type("trackingNo", trackingNo);
		type("queryCode", code);
		click(By.cssSelector("form button[type='submit']"));
		BrowserSupport.waitForPath(browser, "/help/requests/" + trackingNo);
		assertThat(browser.findElement(By.className("timeline")).getText()).contains("工会回复", "请保留押金收据");
		BrowserSupport.assertNoSidewaysScroll(browser);
		BrowserSupport.screenshotFullPage(browser, "help-status-reply-phone");
	}

}
