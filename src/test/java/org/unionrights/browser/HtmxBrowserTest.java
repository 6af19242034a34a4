package org.unionrights.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.unionrights.DemoUsers;
import org.unionrights.cases.CaseService;
import org.unionrights.cases.CaseView;
import org.unionrights.security.PortalUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A part of a page that cannot be saved says so where it was: here the sign-in ended while a
 * contact was being written, and the form keeps what was typed.
 */
class HtmxBrowserTest extends BrowserJourney {

	@Autowired
	CaseService cases;

	@Autowired
	UserDetailsService users;

	@Test
	void aContactThatCannotBeSavedSaysSoAndKeepsWhatWasTyped() throws Exception {
		PortalUser lawyer = (PortalUser) users.loadUserByUsername(DemoUsers.LAWYER);
		String caseNo = cases.list(lawyer, org.unionrights.cases.CaseFilter.ALL, PageRequest.of(0, 50))
			.stream()
			.filter(CaseView::open)
			.findFirst()
			.orElseThrow()
			.caseNo();
		BrowserSupport.resize(browser, BrowserSupport.DESKTOP);
		signIn(DemoUsers.LAWYER, DemoUsers.PASSWORD);
		BrowserSupport.waitForPath(browser, "/workspace/lawyer");
		browser.get(url("/cases/" + caseNo));
		markPage();
		click(By.xpath("//summary[text()='记录一次联系']"));
		new Select(browser.findElement(By.id("channel"))).selectByVisibleText("电话");
		new Select(browser.findElement(By.id("party"))).selectByVisibleText("职工");
		setValue("contactDate", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
		type("summary", "会话结束前写下的联系记录");
		browser.manage().deleteCookieNamed("SESSION");
		click(By.cssSelector("form[action$='/contacts'] button[type='submit']"));
		waitUntil(() -> !browser.findElements(By.cssSelector("#log-section .htmx-error")).isEmpty());
		assertThat(browser.findElement(By.cssSelector("#log-section .htmx-error")).getText()).contains("操作没有完成");
		assertThat(browser.findElement(By.id("summary")).getAttribute("value")).isEqualTo("会话结束前写下的联系记录");
		assertThat(stillMarkedPage()).isTrue();
		BrowserSupport.screenshot(browser, "case-log-not-saved-desktop");
	}

	@Test
	void aContactSentAfterTheSessionExpiredIsBackInItsFormAfterTheLogin() throws Exception {
		BrowserSupport.resize(browser, BrowserSupport.DESKTOP);
		PortalUser lawyer = (PortalUser) users.loadUserByUsername(DemoUsers.LAWYER);
		String caseNo = cases.list(lawyer, org.unionrights.cases.CaseFilter.of(null), PageRequest.of(0, 50))
			.getContent()
			.stream()
			.filter(CaseView::open)
			.findFirst()
			.orElseThrow()
			.caseNo();
		signIn(DemoUsers.LAWYER, DemoUsers.PASSWORD);
		BrowserSupport.waitForPath(browser, "/workspace/lawyer");
		browser.get(url("/cases/" + caseNo));
		click(By.xpath("//summary[text()='记录一次联系']"));
		new Select(browser.findElement(By.id("channel"))).selectByVisibleText("电话");
		new Select(browser.findElement(By.id("party"))).selectByVisibleText("职工");
		setValue("contactDate", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
		type("summary", "会话过期时写下的联系记录，登录后还在");
		// The session expires on the server; the browser still sends its id.
		browser.manage().deleteCookieNamed("SESSION");
		browser.manage().addCookie(new org.openqa.selenium.Cookie("SESSION", "EXPIRED0SESSION0ID"));
		click(By.cssSelector("form[action$='/contacts'] button[type='submit']"));
		BrowserSupport.waitForPath(browser, "/login");
		assertThat(browser.getPageSource()).contains("您填写的内容还在表单里");
		BrowserSupport.screenshot(browser, "login-kept-form-desktop");
		type("username", DemoUsers.LAWYER);
		type("password", DemoUsers.PASSWORD);
		click(By.cssSelector("form button[type='submit']"));
		BrowserSupport.waitForPath(browser, "/cases/" + caseNo);
		assertThat(browser.findElement(By.id("summary")).getAttribute("value")).isEqualTo("会话过期时写下的联系记录，登录后还在");
		assertThat(browser.findElement(By.id("summary")).isDisplayed()).as("its section open").isTrue();
		assertThat(browser.getPageSource()).contains("还没有保存");
		click(By.linkText("转到这个表单"));
		BrowserSupport.screenshot(browser, "case-kept-form-desktop");
	}

	@Test
	void theCaseListFiltersInPlaceAndItsRowsOpenTheCasesOwnPage() throws Exception {
		BrowserSupport.resize(browser, BrowserSupport.DESKTOP);
		signIn(DemoUsers.COUNTY_OFFICER, DemoUsers.PASSWORD);
		BrowserSupport.waitForPath(browser, "/workspace/county");
		browser.get(url("/cases"));
		markPage();
		new Select(browser.findElement(By.id("flag"))).selectByVisibleText("已催办");
		waitUntil(() -> browser.getCurrentUrl().contains("flag=chased"));
		new Select(browser.findElement(By.id("flag"))).selectByIndex(0);
		waitUntil(() -> !browser.getCurrentUrl().contains("flag=chased"));
		assertThat(stillMarkedPage()).as("the filters answered in place").isTrue();
		String caseNo = browser.findElement(By.cssSelector("#case-results tbody a")).getText();
		click(By.linkText(caseNo));
		BrowserSupport.waitForPath(browser, "/cases/" + caseNo);
		assertThat(browser.findElements(By.tagName("h1"))).as("the case's own page, not inside the list").hasSize(1);
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains(caseNo);
	}

}
