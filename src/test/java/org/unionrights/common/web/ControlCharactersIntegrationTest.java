package org.unionrights.common.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unionrights.DemoUsers;
import org.unionrights.IntegrationTest;
import org.unionrights.intake.HelpForms;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A NUL or another control character in any text field or search is taken out before anything
 * reads it (PostgreSQL refuses a NUL in text: it was a 500 in nine places); and every page says
 * that no feature of the browser may be used (Permissions-Policy).
 */
@IntegrationTest
class ControlCharactersIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void controlCharactersAreStrippedFromFormsAndSearches() throws Exception {
		assertThat(ControlCharacters.strip("张\u0000三\u0007\u007f\u0085\t行\r\n")).isEqualTo("张三\t行\r\n");
		assertThat(ControlCharacters.strip("plain")).isSameAs("plain");
		var officer = user(users.loadUserByUsername(DemoUsers.COUNTY_OFFICER));
		for (String path : new String[] { "/enterprises?q=%E6%81%92%00%E8%BE%BE", "/triage?q=%00", "/cases?q=AJ%00",
				"/contracts?stage=%00", "/reports?status=%00", "/risks?state=%00" }) {
			int code = mvc.perform(get(path).with(officer)).andReturn().getResponse().getStatus();
			assertThat(code).as(path).isIn(200, 400);
		}
		// A request whose name and description carry NULs is stored without them.
		Map<String, String> fields = HelpForms.wages("13912340000");
		fields.put("contactName", "王\u0000五");
		fields.put("description", "老板\u0000欠了三个月工资\u0008。");
		MockHttpSession session = new MockHttpSession();
		mvc.perform(HelpForms.post("/help/new", fields, session, HelpForms.newAddress())).andExpect(status().isFound());
		assertThat(jdbc.queryForObject("select count(*) from help_request where contact_name = '王五' and description like '老板欠了三个月工资。%'",
				Long.class)).isPositive();
	}

	@Test
	void everyPageForbidsTheBrowsersDevices() throws Exception {
		mvc.perform(get("/")).andExpect(header().string("Permissions-Policy",
				org.hamcrest.Matchers.containsString("camera=()")));
		mvc.perform(get("/help/new")).andExpect(header().string("Permissions-Policy",
				org.hamcrest.Matchers.containsString("geolocation=()")));
	}

}
