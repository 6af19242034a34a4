package org.unionrights.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.unionrights.intake.TestFiles;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migrant worker on a cheap phone: files an unpaid-wages request for three workers with a
 * photo, keeps the receipt, checks the request and writes to the union.
 */
class HelpRequestBrowserTest extends BrowserJourney {

	@TempDir
	Path folder;

	@BeforeEach
	void phone() {
		BrowserSupport.resize(browser, BrowserSupport.PHONE);
	}

	@Test
	void aWorkerFilesAWageClaimWithRosterAndPhotoAndFollowsIt() throws Exception {
		Path photo = folder.resolve("工地照片.jpg");
		Files.write(photo, TestFiles.jpegWithLocation(6));

		browser.get(url("/?lang=zh-CN"));
		browser.findElement(By.linkText("我要求助")).click();
		BrowserSupport.waitForPath(browser, "/help/new");
		BrowserSupport.assertNoSidewaysScroll(browser);
		BrowserSupport.screenshot(browser, "help-choose-phone");

		browser.findElement(By.partialLinkText("拖欠工资")).click();
		BrowserSupport.waitForPath(browser, "category=WAGES");
		type("description", "我们三个人在渭滨区某小区工地干了三个月，包工头一直拖欠工资，说总包没给钱。");
		type("employerName", "宝鸡市某建筑劳务有限公司");
		new Select(browser.findElement(By.id("countyId"))).selectByVisibleText("渭滨区");
		type("projectSite", "渭滨区某小区二期工地");
		type("generalContractor", "某建工集团有限公司");
		setValue("periodFrom", "2026-08");
		setValue("periodTo", "2026-10");
		type("amountOwed", "24000");
		type("workersAffected", "3");
		type("roster", "张三 13800138001 8000\n李四 13800138002 8000\n王五 13800138003 8000");
		assertThat(browser.findElement(By.id("roster-total")).getText()).isEqualTo("名单合计：3人，24,000.00元。");
		type("contactName", "张三");
		type("contactMobile", "13800138001");
		click(By.id("migrantWorker1"));
		browser.findElement(By.id("files")).sendKeys(photo.toString());
		click(By.id("consent1"));
		BrowserSupport.assertNoSidewaysScroll(browser);
		BrowserSupport.screenshotFullPage(browser, "help-form-phone");
		click(By.cssSelector("form button[type='submit']"));

		BrowserSupport.waitForPath(browser, "/help/receipt");
		String trackingNo = browser.findElement(By.id("tracking-no")).getText();
		String code = browser.findElement(By.id("query-code")).getText();
		assertThat(trackingNo).matches("^WQ-[0-9]{4}-[0-9]{6,}$");
		assertThat(code).hasSize(9);
		assertThat(browser.getPageSource()).contains("1个工作日内");
		BrowserSupport.assertNoSidewaysScroll(browser);
		BrowserSupport.screenshot(browser, "help-receipt-phone");

		click(By.linkText("查询求助进展"));
		BrowserSupport.waitForPath(browser, "/help/status");
		type("trackingNo", trackingNo);
		type("queryCode", code);
		click(By.cssSelector("form button[type='submit']"));
		BrowserSupport.waitForPath(browser, "/help/requests/" + trackingNo);
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains(trackingNo);
		assertThat(browser.getPageSource()).contains("已提交，等待受理", "工地照片.jpg", "名单合计：3人，24,000.00元");

		type("text", "包工头说下个月才给，我们已经等不起了。");
		click(By.cssSelector("form[action$='/messages'] button"));
		BrowserSupport.waitForPath(browser, "/help/requests/" + trackingNo);
		assertThat(browser.findElement(By.className("alert-success")).getText()).contains("留言已发送");
		assertThat(browser.findElement(By.className("timeline")).getText()).contains("包工头说下个月才给");
		BrowserSupport.assertNoSidewaysScroll(browser);
		BrowserSupport.screenshotFullPage(browser, "help-status-phone");
	}

	@Test
	void theHelpFormOnADesktop() throws Exception {
		BrowserSupport.resize(browser, BrowserSupport.DESKTOP);
		browser.get(url("/help/new?category=INJURY&lang=zh-CN"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("求助：工伤");
		BrowserSupport.screenshot(browser, "help-form-desktop");
	}

}
