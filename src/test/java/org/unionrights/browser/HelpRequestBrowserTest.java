package org.unionrights.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.unionrights.DemoUsers;
import org.unionrights.files.TestFiles;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migrant worker on a cheap phone: files an unpaid-wages request for three workers with a
 * photo, keeps the receipt, checks the request and writes to the union. The county officer
 * accepts it as a case for a lawyer, who records the mediation and two partial payments and
 * closes it as resolved; the worker sees the steps on the phone and rates the service.
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
		type("employer.name", "宝鸡市某建筑劳务有限公司");
		new Select(browser.findElement(By.id("countyId"))).selectByVisibleText("渭滨区");
		type("wages.projectSite", "渭滨区某小区二期工地");
		type("wages.generalContractor", "某建工集团有限公司");
		setValue("wages.periodFrom", "2026-08");
		setValue("wages.periodTo", "2026-10");
		type("wages.amountOwed", "24000");
		type("workersAffected", "3");
		type("wages.roster", "张三 13800138001 8000\n李四 13800138002 8000\n王五 13800138003 8000");
		assertThat(browser.findElement(By.id("roster-total")).getText()).isEqualTo("名单上一共3人，24,000.00元。");
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
		assertThat(browser.getPageSource()).contains("已收到，等工会处理", "工地照片.jpg", "名单上一共3人，24,000.00元");

		type("text", "包工头说下个月才给，我们已经等不起了。");
		submitAndWait(By.cssSelector("form[action$='/messages'] button"));
		BrowserSupport.waitForPath(browser, "/help/requests/" + trackingNo);
		assertThat(browser.findElement(By.className("alert-success")).getText()).contains("留言已发送");
		assertThat(browser.findElement(By.className("timeline")).getText()).contains("包工头说下个月才给");
		BrowserSupport.assertNoSidewaysScroll(browser);
		BrowserSupport.screenshotFullPage(browser, "help-status-phone");

		String caseNo = theOfficerAcceptsItForTheLawyer(trackingNo);
		theLawyerMediatesRecordsTwoPaymentsAndCloses(caseNo);
		theWorkerSeesTheStepsAndRates(trackingNo, code);
	}

	private String theOfficerAcceptsItForTheLawyer(String trackingNo) throws Exception {
		BrowserSupport.resize(browser, BrowserSupport.DESKTOP);
		signIn(DemoUsers.COUNTY_OFFICER, DemoUsers.PASSWORD);
		BrowserSupport.waitForPath(browser, "/workspace/county");
		browser.get(url("/triage/requests/" + trackingNo));
		click(By.linkText("受理为案件"));
		BrowserSupport.waitForPath(browser, "/cases/new");
		Select assignment = new Select(browser.findElement(By.id("assignment")));
		assignment.getOptions().stream().filter(o -> o.getText().contains("陈静")).findFirst().orElseThrow().click();
		click(By.cssSelector("form[action='/cases'] button[type='submit']"));
		BrowserSupport.waitForPath(browser, "/cases/AJ-");
		String caseNo = browser.findElement(By.tagName("h1")).getText().replaceAll("^.*(AJ-[0-9-]+).*$", "$1");
		assertThat(caseNo).matches("^AJ-[0-9]{4}-[0-9]{6,}$");
		signOut();
		return caseNo;
	}

	private void theLawyerMediatesRecordsTwoPaymentsAndCloses(String caseNo) throws Exception {
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		signIn(DemoUsers.LAWYER, DemoUsers.PASSWORD);
		BrowserSupport.waitForPath(browser, "/workspace/lawyer");
		click(By.linkText(caseNo));
		BrowserSupport.waitForPath(browser, "/cases/" + caseNo);
		recordStep("调解：申请调解", today.minusDays(6));
		recordStep("调解：达成调解协议", today.minusDays(2));
		recordPayment(today.minusDays(1), "12000");
		recordPayment(today, "8000");
		recordContactInPlace(today);
		assertThat(browser.findElement(By.id("ledger-heading")).findElement(By.xpath("..")).getText())
			.contains("已追回", "20,000.00元", "尚未追回", "4,000.00元");
		BrowserSupport.screenshotFullPage(browser, "case-lawyer-desktop");
		BrowserSupport.resize(browser, BrowserSupport.PHONE);
		browser.get(url("/cases/" + caseNo));
		BrowserSupport.assertNoSidewaysScroll(browser);
		BrowserSupport.screenshot(browser, "case-lawyer-phone");
		BrowserSupport.resize(browser, BrowserSupport.DESKTOP);

		new Select(browser.findElement(By.id("outcome"))).selectByVisibleText("调解解决");
		type("note", "调解协议约定分两期支付，已付清两万元，余款四千元单位承诺月底前付清。");
		submitAndWait(By.cssSelector("form[action$='/close'] button[type='submit']"));
		assertThat(browser.findElement(By.className("alert-success")).getText()).contains("已办结");
		signOut();
	}

	private void recordStep(String step, java.time.LocalDate date) {
		new Select(browser.findElement(By.id("step"))).selectByVisibleText(step);
		setValue("stepDate", date.toString());
		submitAndWait(By.cssSelector("form[action$='/steps'] button[type='submit']"));
		assertThat(browser.findElement(By.className("alert-success")).getText()).contains("已记录程序步骤");
	}

	private void recordPayment(java.time.LocalDate paidOn, String amount) {
		click(By.xpath("//summary[text()='记录一笔付款或应急周转金']"));
		new Select(browser.findElement(By.id("paymentKind"))).selectByVisibleText("追回工资");
		setValue("paidOn", paidOn.toString());
		type("amount", amount);
		type("payer", "某建工集团有限公司");
		submitAndWait(By.cssSelector("form[action$='/payments'] button[type='submit']"));
		assertThat(browser.findElement(By.className("alert-success")).getText()).contains("已记录" + amount + "元");
	}

	/** The contact log answers in place (htmx): the line appears in its section, the page is not reloaded. */
	private void recordContactInPlace(java.time.LocalDate today) {
		markPage();
		click(By.xpath("//summary[text()='记录一次联系']"));
		new Select(browser.findElement(By.id("channel"))).selectByVisibleText("电话");
		new Select(browser.findElement(By.id("party"))).selectByVisibleText("职工");
		setValue("contactDate", today.toString());
		type("summary", "电话告诉王师傅第二笔工资已到账。");
		click(By.cssSelector("form[action$='/contacts'] button[type='submit']"));
		waitUntil(() -> browser.findElement(By.id("log-section")).getText().contains("已保存联系记录"));
		assertThat(browser.findElement(By.id("log-section")).getText()).contains("电话告诉王师傅第二笔工资已到账。");
		assertThat(browser.findElement(By.id("worker-contact-at")).getText()).as("the summary follows")
			.doesNotContain("尚未联系");
		assertThat(stillMarkedPage()).as("answered in place").isTrue();
	}

	private void theWorkerSeesTheStepsAndRates(String trackingNo, String code) throws Exception {
		BrowserSupport.resize(browser, BrowserSupport.PHONE);
		browser.get(url("/help/status?lang=zh-CN"));
		type("trackingNo", trackingNo);
		type("queryCode", code);
		click(By.cssSelector("form button[type='submit']"));
		BrowserSupport.waitForPath(browser, "/help/requests/" + trackingNo);
		assertThat(browser.findElement(By.className("timeline")).getText()).contains("正在办理", "已申请调解", "达成调解协议",
				"追回工资12000元", "追回工资8000元", "案件办结：调解解决");
		assertThat(browser.getPageSource()).doesNotContain("余款四千元单位承诺");
		BrowserSupport.assertTargetsAtLeast44Px(browser, "the closed request with the rating");
		BrowserSupport.assertAccessible(browser, "the closed request with the rating");
		click(By.xpath("//label[text()='很满意']"));
		type("comment", "律师很负责，谢谢工会。");
		submitAndWait(By.cssSelector("form[action$='/rating'] button[type='submit']"));
		BrowserSupport.waitForPath(browser, "/help/requests/" + trackingNo);
		assertThat(browser.getPageSource()).contains("谢谢");
		BrowserSupport.assertNoSidewaysScroll(browser);
		BrowserSupport.screenshotFullPage(browser, "help-status-closed-phone");
	}

	private void signOut() {
		click(By.cssSelector("form[action='/logout'] button"));
		BrowserSupport.waitForPath(browser, "/login?logout");
	}

	@Test
	void theHelpFormOnADesktop() throws Exception {
		BrowserSupport.resize(browser, BrowserSupport.DESKTOP);
		browser.get(url("/help/new?category=INJURY&lang=zh-CN"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("求助：工伤");
		BrowserSupport.screenshot(browser, "help-form-desktop");
	}

}
