package org.unionrights.workspace;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.unionrights.DemoUsers;
import org.unionrights.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Each start page says what waits for its user, counted within their scope.
 */
@IntegrationTest
class WorkspaceIntegrationTest {

	private static final Pattern WAITING = Pattern.compile("待受理的求助：([0-9]+)件");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	private int waiting(String username, String path) throws Exception {
		String html = mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher matcher = WAITING.matcher(html);
		assertThat(matcher.find()).as(html).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	@Test
	void officersCountTheirCountyAndCityStaffEveryCounty() throws Exception {
		int weibin = waiting(DemoUsers.COUNTY_OFFICER, "/workspace/county");
		int jintai = waiting("jintai", "/workspace/county");
		int city = waiting(DemoUsers.CITY_STAFF, "/workspace/city");
		assertThat(city).isGreaterThanOrEqualTo(weibin + jintai);
		assertThat(weibin + jintai).isPositive();
	}

	@Test
	void aLawyerSeesTheirCasesOrThatThereAreNone() throws Exception {
		String html = mvc.perform(get("/workspace/lawyer").with(user(users.loadUserByUsername(DemoUsers.LAWYER))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("我的案件（办理中");
	}

}
