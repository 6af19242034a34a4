package org.unionrights.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.unionrights.DemoUsers;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser at phone and desktop width: the home page, the language switch and a staff
 * login, with screenshots for docs/screenshots.
 */
class HomeAndLoginBrowserTest extends BrowserJourney {

	@Test
	void workersReadTheHomePageOnAPhoneAndInEnglish() throws Exception {
		BrowserSupport.resize(browser, BrowserSupport.PHONE);
		browser.get(url("/?lang=zh-CN"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("工会帮您依法维权");
		assertThat(browser.findElement(By.cssSelector("a[href='tel:12351']")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.className("demo-banner")).getText()).contains("演示环境");
		BrowserSupport.assertNoSidewaysScroll(browser);
		BrowserSupport.screenshot(browser, "home-phone");

		browser.findElement(By.linkText("English")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("The union helps you claim your rights");
		BrowserSupport.assertNoSidewaysScroll(browser);
		BrowserSupport.screenshot(browser, "home-phone-en");

		BrowserSupport.resize(browser, BrowserSupport.DESKTOP);
		browser.get(url("/?lang=zh-CN"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("工会帮您依法维权");
		BrowserSupport.screenshot(browser, "home-desktop");
	}

	@Test
	void aCountyOfficerSignsInOnAPhoneAndLandsOnTheCountyWorkspace() throws Exception {
		BrowserSupport.resize(browser, BrowserSupport.PHONE);
		browser.get(url("/?lang=zh-CN"));
		browser.findElement(By.linkText("工作人员登录")).click();
		BrowserSupport.assertNoSidewaysScroll(browser);
		BrowserSupport.screenshot(browser, "login-phone");
		// Every input of the login form has its own label.
		assertThat(browser.findElement(By.cssSelector("label[for='username']")).getText()).isEqualTo("用户名");
		assertThat(browser.findElement(By.cssSelector("label[for='password']")).getText()).isEqualTo("密码");

		browser.findElement(By.id("username")).sendKeys(DemoUsers.COUNTY_OFFICER);
		browser.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
		browser.findElement(By.cssSelector("form button[type='submit']")).click();

		BrowserSupport.waitForPath(browser, "/workspace/county");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("李强");
		assertThat(browser.findElement(By.className("scope")).getText()).contains("渭滨区");
		BrowserSupport.assertNoSidewaysScroll(browser);
		BrowserSupport.screenshot(browser, "workspace-county-phone");

		browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
		BrowserSupport.waitForPath(browser, "/login?logout");
	}

	@Test
	void anAdministratorSeesTheAccountsOnADesktop() throws Exception {
		BrowserSupport.resize(browser, BrowserSupport.DESKTOP);
		signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);

		BrowserSupport.waitForPath(browser, "/admin/accounts");
		assertThat(browser.findElement(By.tagName("table")).getText()).contains("weibin", "渭滨区");
		BrowserSupport.screenshot(browser, "accounts-desktop");
	}

}
