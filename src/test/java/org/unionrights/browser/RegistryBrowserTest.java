package org.unionrights.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.unionrights.DemoUsers;
import org.unionrights.enterprises.CreditCodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A county officer at a desk keeps the registries: registers two enterprises, imports ten more,
 * carries a wage-specific contract from the offer to taking effect, forms a "1+3" group and
 * records the workers' opinion and the union's answer.
 */
class RegistryBrowserTest extends BrowserJourney {

	private static final long BASE = 900_000_000L + System.nanoTime() % 1_000_000 * 100;

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	private void register(String name, String code, String size, String unionFoundedOn) {
		browser.get(url("/enterprises/new"));
		type("name", name);
		type("creditCode", code.substring(0, 9).toLowerCase() + " " + code.substring(9).toLowerCase());
		new Select(browser.findElement(By.id("industry"))).selectByVisibleText("快递物流");
		new Select(browser.findElement(By.id("size"))).selectByVisibleText(size);
		type("employees", "60");
		if (unionFoundedOn != null) {
			setValue("unionFoundedOn", unionFoundedOn);
		}
		click(By.id("newEmploymentForm1"));
		submitAndWait(By.cssSelector("main form[action$='/enterprises'] button[type='submit']"));
		waitUntil(() -> browser.getCurrentUrl().matches(".*/enterprises/[0-9]+$"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
	}

	private void nextStep(String stage, LocalDate on) {
		setValue("on", on.toString());
		submitAndWait(By.cssSelector("form[action$='/stage'] button"));
		assertThat(browser.findElement(By.className("alert-success")).getText()).contains("已记录这一步");
		assertThat(browser.getPageSource()).contains("<dd class=\"col-8 fw-semibold\">" + stage + "</dd>");
	}

	@Test
	void anOfficerRegistersImportsCarriesAContractAndFormsAGroup() throws Exception {
		BrowserSupport.resize(browser, BrowserSupport.DESKTOP);
		signIn(DemoUsers.COUNTY_OFFICER, DemoUsers.PASSWORD);
		BrowserSupport.waitForPath(browser, "/workspace/county");
		String leadCode = CreditCodes.of(BASE + 1);
		String memberCode = CreditCodes.of(BASE + 2);
		register("宝鸡渭滨旅程快递有限公司", leadCode, "中型", "2022-03-01");
		BrowserSupport.screenshot(browser, "enterprise-desktop");
		register("渭滨区闪送跑腿服务部", memberCode, "微型", null);

		// Ten more from a file, checked first and imported at once because it is clean.
		StringBuilder csv = new StringBuilder("企业名称,统一社会信用代码,区县,行业,规模,职工人数,建会日期,劳动法律监督委员会,劳动争议调解委员会,新就业形态\n");
		for (int i = 0; i < 10; i++) {
			csv.append("渭滨导入快递网点").append(i).append(',').append(CreditCodes.of(BASE + 10 + i))
				.append(",渭滨区,快递物流,小型,").append(12 + i).append(",,否,否,是\n");
		}
		Path file = Files.createTempDirectory("import").resolve("渭滨企业.csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		browser.get(url("/enterprises/import"));
		BrowserSupport.screenshot(browser, "enterprise-import-desktop");
		browser.findElement(By.id("file")).sendKeys(file.toString());
		submitAndWait(By.cssSelector("form[action$='/enterprises/import'] button"));
		BrowserSupport.waitForPath(browser, "/enterprises");
		assertThat(browser.findElement(By.className("alert-success")).getText()).contains("已导入10家企业");
		type("q", "渭滨导入快递网点");
		// The list follows the search in place (htmx).
		waitUntil(() -> !browser.findElements(By.tagName("caption")).isEmpty()
				&& browser.findElement(By.tagName("caption")).getText().contains("共10家"));
		BrowserSupport.assertAccessible(browser, "enterprise registry");
		BrowserSupport.screenshot(browser, "enterprises-desktop");

		// A wage-specific contract from the offer to taking effect.
		browser.get(url("/contracts/new"));
		type("title", "旅程快递工资专项集体合同");
		new Select(browser.findElement(By.id("kind"))).selectByVisibleText("工资专项集体合同");
		new Select(browser.findElement(By.id("coverage"))).selectByVisibleText("单个企业");
		type("enterpriseCodes", leadCode);
		type("termYears", "2");
		type("workersCovered", "60");
		setValue("offeredOn", today().minusDays(30).toString());
		submitAndWait(By.cssSelector("main form[action$='/contracts'] button[type='submit']"));
		waitUntil(() -> browser.getCurrentUrl().matches(".*/contracts/[0-9]+$"));
		assertThat(browser.getPageSource()).contains("答复协商要约（20日）", "已过期限");
		nextStep("协商", today().minusDays(25));
		nextStep("签订", today().minusDays(20));
		nextStep("报送审查", today().minusDays(18));
		nextStep("生效", today().minusDays(2));
		assertThat(browser.getPageSource()).contains("审查无异议后生效（15日）");
		BrowserSupport.screenshotFullPage(browser, "contract-desktop");

		// A "1+3" group, the workers' opinion and the union's answer.
		browser.get(url("/groups"));
		type("leadCode", leadCode);
		type("liaison", "周联络员");
		setValue("formedOn", today().minusDays(5).toString());
		submitAndWait(By.cssSelector("form[action$='/groups'] button"));
		waitUntil(() -> browser.getCurrentUrl().matches(".*/groups/[0-9]+$"));
		type("memberCode", memberCode);
		submitAndWait(By.cssSelector("form[action$='/members'] button"));
		assertThat(browser.getPageSource()).contains("渭滨区闪送跑腿服务部");
		type("opinion-text", "希望配送站提供午休的地方。");
		submitAndWait(By.cssSelector("form[action$='/opinions'] button"));
		browser.findElement(By.cssSelector("textarea[name='answer']")).sendKeys("已与配送站商定，腾出一间休息室。");
		submitAndWait(By.cssSelector("form[action$='/answer'] button"));
		assertThat(browser.getPageSource()).contains("工会答复：已与配送站商定，腾出一间休息室。");
		BrowserSupport.assertAccessible(browser, "group page");
		BrowserSupport.screenshotFullPage(browser, "group-desktop");
		browser.get(url("/enterprises/figures"));
		BrowserSupport.screenshot(browser, "registry-figures-desktop");
	}

}
