package org.unionrights.browser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.unionrights.intake.Roster;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wage form's script and the server read a roster the same way: on every sample the page
 * counts the workers, their total and the refused lines that {@link Roster} does, and says so
 * once.
 */
class RosterScriptTest extends BrowserJourney {

	private static List<String> samples() {
		List<String> samples = new ArrayList<>(List.of("张三 13800138000 8000\n李四 13900139000 8000",
				"姓名\t身份证号\t金额\n张三\t11010519491231002x\t5,000\n李四\t\t3000.50",
				"张三 110105194912310021 5000\n李四 13900139000 3000",
				"张三\u300013800138000\u30008000\n李四，13900139000，2000元",
				"name, mobile, amount\n王五,,1000\n\n赵六;13700137000;abc",
				"张三 1380013800 5000\n一个名字特别特别特别特别特别特别特别特别特别特别特别特别特别特别特别特别特别特别长的人 1000",
				"only two\t\t\t\tfields", "张三 0 5000", "  \n  ", "张三\t13800138000\u00A0\t8000",
				"\uFEFFname,mobile,amount\n李四,,3000", "王五\u202F13900139000\u00A08,000"));
		StringBuilder many = new StringBuilder();
		for (int i = 0; i < 205; i++) {
			many.append("工人").append(i).append(' ').append(100 + i).append('\n');
		}
		samples.add(many.toString());
		return samples;
	}

	@Test
	void thePageAndTheServerCountTheSameWorkers() {
		browser.get(url("/help/new?category=WAGES&lang=zh-CN"));
		JavascriptExecutor js = (JavascriptExecutor) browser;
		for (String sample : samples()) {
			Roster server = Roster.parse(sample);
			@SuppressWarnings("unchecked")
			Map<String, Object> page = (Map<String, Object>) js.executeScript("return UnionRoster.read(arguments[0]);",
					sample);
			assertThat(((Number) page.get("count")).intValue()).as("workers in " + sample).isEqualTo(server.lines().size());
			assertThat(((Number) page.get("problems")).intValue()).as("refused lines in " + sample)
				.isEqualTo(server.problems().size());
			assertThat(new BigDecimal(page.get("total").toString())).as("total of " + sample)
				.isEqualByComparingTo(server.total());
		}
	}

	@Test
	void aRosterWithIdNumbersMatchesItsTotalAndABadLineIsSaidOnce() {
		browser.get(url("/help/new?category=WAGES&lang=zh-CN"));
		type("wages.amountOwed", "8000");
		type("wages.roster", "张三 11010519491231002X 5000\n李四 13900139000 3000");
		String said = browser.findElement(By.id("roster-total")).getText();
		assertThat(said).contains("名单上一共2人，8,000.00元").doesNotContain("对不上");
		type("wages.roster", "张三 110105194912310021 5000\n李四 13900139000 3000");
		said = browser.findElement(By.id("roster-total")).getText();
		assertThat(said).contains("名单上一共1人").contains("另有1行没看懂").doesNotContain("对不上");
	}

}
