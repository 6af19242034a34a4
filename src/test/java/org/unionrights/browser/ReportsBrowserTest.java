package org.unionrights.browser;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.unionrights.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly report between a county and the city: the Weibin officer opens last month's report
 * (its counts filled in), enters the figures kept by hand and submits; city staff return it; the
 * officer corrects and resubmits; city staff approve it and see it on the dashboard, charts drawn.
 * A risk is reported from a phone and handled by the city.
 */
class ReportsBrowserTest extends BrowserJourney {

	private void signOut() {
		submitAndWait(By.cssSelector("form[action$='/logout'] button"));
	}

	/** Types a figure into every line entered by hand (the computed lines have a placeholder). */
	private void fillHandFigures(String figure) {
		List<WebElement> fields = browser.findElements(By.cssSelector("input[id^='value-']"));
		for (WebElement field : fields) {
			if (field.getAttribute("placeholder") == null || field.getAttribute("placeholder").isEmpty()) {
				field.clear();
				field.sendKeys(figure);
			}
		}
	}

	@Test
	void aReportIsSubmittedReturnedCorrectedApprovedAndShownAndARiskIsHandled() throws Exception {
		YearMonth last = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
		BrowserSupport.resize(browser, BrowserSupport.DESKTOP);
		signIn(DemoUsers.COUNTY_OFFICER, DemoUsers.PASSWORD);
		BrowserSupport.waitForPath(browser, "/workspace/county");
		assertThat(browser.getPageSource()).contains("月报待提交");
		browser.get(url("/reports"));
		new Select(browser.findElement(By.id("month"))).selectByValue(last.toString());
		submitAndWait(By.cssSelector("form[action$='/reports'] button"));
		waitUntil(() -> browser.getCurrentUrl().matches(".*/reports/[0-9]+$"));
		String report = browser.getCurrentUrl();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("渭滨区 " + last + "月报");
		assertThat(browser.getPageSource()).contains("系统统计", "手工填报");
		// Submitting with the hand figures empty is refused beside each of them.
		submitAndWait(By.cssSelector("button[name='submit']"));
		assertThat(browser.findElements(By.cssSelector(".invalid-feedback")).get(0).getText()).contains("提交前请填写这一项");
		fillHandFigures("3");
		BrowserSupport.assertAccessible(browser, "monthly report");
		BrowserSupport.screenshotFullPage(browser, "report-desktop");
		submitAndWait(By.cssSelector("button[name='submit']"));
		assertThat(browser.findElement(By.id("report-status")).getText()).isEqualTo("已提交，待审核");

		// A risk reported from a phone.
		BrowserSupport.resize(browser, BrowserSupport.PHONE);
		browser.get(url("/risks/new"));
		new Select(browser.findElement(By.id("kind"))).selectByVisibleText("可能欠薪");
		new Select(browser.findElement(By.id("level"))).selectByVisibleText("紧急");
		type("enterpriseName", "宝鸡某建筑劳务有限公司");
		type("workersAffected", "45");
		type("description", "项目停工，工人说两个月没发工资，有人说要去市里上访。");
		BrowserSupport.assertNoSidewaysScroll(browser);
		BrowserSupport.screenshot(browser, "risk-form-phone");
		submitAndWait(By.cssSelector("main form[action$='/risks'] button[type='submit']"));
		waitUntil(() -> browser.getCurrentUrl().matches(".*/risks/[0-9]+$"));
		String risk = browser.getCurrentUrl();
		assertThat(browser.getPageSource()).contains("市总还没有查看");
		BrowserSupport.resize(browser, BrowserSupport.DESKTOP);
		signOut();

		// The city returns the report, and sees the new risk at once.
		signIn(DemoUsers.CITY_STAFF, DemoUsers.PASSWORD);
		BrowserSupport.waitForPath(browser, "/workspace/city");
		assertThat(browser.findElement(By.id("new-risks")).getText()).isNotBlank();
		assertThat(browser.getPageSource()).contains("新的风险报告", "月报待审核");
		browser.get(risk);
		type("step-note", "约谈企业负责人，企业承诺月底前发放。");
		submitAndWait(By.cssSelector("form[action$='/steps'] button"));
		assertThat(browser.findElement(By.id("risk-steps")).getText()).contains("约谈企业负责人");
		type("close-note", "工资已全部发放。");
		submitAndWait(By.cssSelector("form[action$='/close'] button"));
		assertThat(browser.findElement(By.id("risk-closed")).getText()).contains("工资已全部发放");
		BrowserSupport.screenshotFullPage(browser, "risk-desktop");
		browser.get(report);
		type("comment", "法律咨询次数与台账不符，请核对。");
		submitAndWait(By.cssSelector("form[action$='/return'] button"));
		assertThat(browser.findElement(By.id("report-status")).getText()).isEqualTo("已退回");
		signOut();

		// The officer corrects and resubmits.
		signIn(DemoUsers.COUNTY_OFFICER, DemoUsers.PASSWORD);
		BrowserSupport.waitForPath(browser, "/workspace/county");
		assertThat(browser.getPageSource()).contains("月报被退回");
		browser.get(report);
		assertThat(browser.getPageSource()).contains("法律咨询次数与台账不符");
		fillHandFigures("5");
		submitAndWait(By.cssSelector("button[name='submit']"));
		assertThat(browser.findElement(By.id("report-status")).getText()).isEqualTo("已提交，待审核");
		signOut();

		// The city approves it and the dashboard shows it, charts drawn from the tables beside them.
		signIn(DemoUsers.CITY_STAFF, DemoUsers.PASSWORD);
		BrowserSupport.waitForPath(browser, "/workspace/city");
		browser.get(report);
		assertThat(browser.getPageSource()).contains("第2版", "→ 5");
		submitAndWait(By.cssSelector("form[action$='/approve'] button"));
		assertThat(browser.findElement(By.id("report-status")).getText()).isEqualTo("已通过");
		browser.get(url("/reports/dashboard?month=" + last));
		assertThat(browser.findElement(By.id("county-status")).getText()).contains("渭滨区 已通过");
		waitUntil(() -> browser.findElements(By.cssSelector("figure[data-drawn='true'] canvas")).size() >= 5);
		assertThat(browser.findElement(By.cssSelector("#dashboard-figures td[data-indicator='LEGAL_CONSULTATIONS']")).getText())
			.isEqualTo("5");
		BrowserSupport.assertAccessible(browser, "dashboard");
		BrowserSupport.screenshotFullPage(browser, "dashboard-desktop");
		BrowserSupport.resize(browser, BrowserSupport.PHONE);
		browser.navigate().refresh();
		waitUntil(() -> browser.findElements(By.cssSelector("figure[data-drawn='true'] canvas")).size() >= 5);
		BrowserSupport.assertNoSidewaysScroll(browser);
		BrowserSupport.screenshot(browser, "dashboard-phone");
	}

}
