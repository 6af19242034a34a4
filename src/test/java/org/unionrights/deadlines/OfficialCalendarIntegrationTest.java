package org.unionrights.deadlines;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionrights.DemoUsers;
import org.unionrights.IntegrationTest;
import org.unionrights.deadlines.ClockEvent.Kind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OfficialCalendarIntegrationTest {

	@Autowired
	OfficialCalendar calendar;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	private RequestPostProcessor admin() {
		return user(users.loadUserByUsername(DemoUsers.ADMIN));
	}

	@Test
	void theMigrationSeedsTheOfficial2026Calendar() {
		WorkingCalendar seeded = calendar.calendar();
		assertThat(seeded.knowsYear(2026)).isTrue();
		assertThat(seeded.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
		assertThat(seeded.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
		assertThat(seeded.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue();
		assertThat(seeded.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();
		// The same days as the unit tests' calendar.
		LocalDate day = LocalDate.of(2026, 1, 1);
		while (day.getYear() == 2026) {
			assertThat(seeded.isWorkingDay(day)).as(day.toString())
				.isEqualTo(LegalClockTest.CALENDAR_2026.isWorkingDay(day));
			day = day.plusDays(1);
		}
	}

	@Test
	void anAdministratorEntersAYearAndItsDaysAndTheClocksFollow() throws Exception {
		List<ClockEvent> received = List.of(new ClockEvent(LocalDate.of(2031, 9, 26), Kind.STARTED));
		// Without the 2031 notice, 26 September + 5 = Wednesday 1 October is a working day.
		assertThat(calendar.read(ClockRule.ARBITRATION_ACCEPTANCE, received).dueDate())
			.isEqualTo(LocalDate.of(2031, 10, 1));

		mvc.perform(post("/admin/calendar/days").with(admin()).with(csrf()).param("day", "2031-10-01")
			.param("kind", "HOLIDAY").param("name", "国庆节"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请先录入这一年的年度通知")))
			.andExpect(content().string(containsString("value=\"国庆节\"")));
		mvc.perform(post("/admin/calendar/years").with(admin()).with(csrf()).param("year", "2031")
			.param("notice", "国务院办公厅关于2031年部分节假日安排的通知")).andExpect(redirectedUrl("/admin/calendar?year=2031"));
		mvc.perform(post("/admin/calendar/years").with(admin()).with(csrf()).param("year", "2031")
			.param("notice", "again")).andExpect(content().string(containsString("这一年已经录入")));
		for (int i = 1; i <= 7; i++) {
			mvc.perform(post("/admin/calendar/days").with(admin()).with(csrf()).param("day", "2031-10-0" + i)
				.param("kind", "HOLIDAY").param("name", "国庆节")).andExpect(redirectedUrl("/admin/calendar?year=2031"));
		}
		ClockReading after = calendar.read(ClockRule.ARBITRATION_ACCEPTANCE, received);
		assertThat(after.dueDate()).isEqualTo(LocalDate.of(2031, 10, 8));
		assertThat(after.calendarComplete()).isTrue();

		mvc.perform(get("/admin/calendar").param("year", "2031").with(admin()))
			.andExpect(content().string(containsString("2031-10-07 星期二")))
			.andExpect(content().string(containsString("依据：国务院办公厅关于2031年部分节假日安排的通知")));
		mvc.perform(get("/admin/calendar/days/2031-10-07/remove").with(admin()))
			.andExpect(content().string(containsString("确认删除")));
		mvc.perform(post("/admin/calendar/days/2031-10-07/remove").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/calendar?year=2031"));
		assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2031, 10, 7))).isTrue();

		// A day already entered is not silently replaced: the page asks first, keeping what was typed.
		mvc.perform(post("/admin/calendar/days").with(admin()).with(csrf()).param("day", "2031-10-06")
			.param("kind", "WORKDAY").param("name", "调休上班"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("这一天已经录入过")))
			.andExpect(content().string(containsString("替换已录入的这一天")))
			.andExpect(content().string(containsString("value=\"调休上班\"")));
		assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2031, 10, 6))).isFalse();
		mvc.perform(post("/admin/calendar/days").with(admin()).with(csrf()).param("day", "2031-10-06")
			.param("kind", "WORKDAY").param("name", "调休上班").param("replace", "true"))
			.andExpect(redirectedUrl("/admin/calendar?year=2031"));
		assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2031, 10, 6))).isTrue();
	}

	@Test
	void aYearNotEnteredIsFlaggedOnThePage() throws Exception {
		mvc.perform(get("/admin/calendar").param("year", "2040").with(admin()))
			.andExpect(content().string(containsString("2040年的放假安排还没有录入")));
	}

	@Test
	void badInputIsExplained() throws Exception {
		mvc.perform(post("/admin/calendar/days").with(admin()).with(csrf()).param("day", "2026-13-45")
			.param("kind", "PARTY").param("name", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("填得不对")))
			.andExpect(content().string(containsString("这一项不能空着")));
		mvc.perform(post("/admin/calendar/years").with(admin()).with(csrf()).param("year", "1999").param("notice", "x"))
			.andExpect(content().string(containsString("请填写2000至2100之间的年份")));
	}

	@Test
	void onlyAdministratorsKeepTheCalendar() throws Exception {
		mvc.perform(get("/admin/calendar").with(user(users.loadUserByUsername(DemoUsers.CITY_STAFF))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/calendar/days/2026-10-01/remove")
			.with(user(users.loadUserByUsername(DemoUsers.COUNTY_OFFICER)))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
	}

	@Test
	void theLayoutAsksForACalendarThatIsMissingExactlyWhenTheCalendarSaysSo() throws Exception {
		// Whatever today is: the administrator's start page asks for next year's notice exactly when
		// it is December and the notice is missing; staff start pages warn exactly when the service
		// clock's days reach a year without one (LegalClockTest covers the dates themselves).
		String admin = mvc.perform(get("/admin/accounts").with(admin())).andReturn().getResponse().getContentAsString();
		assertThat(admin.contains("年的放假安排还没有录入。国务院公布后"))
			.isEqualTo(calendar.nextYearToEnter().isPresent());
		String staff = mvc.perform(get("/workspace/city").with(user(users.loadUserByUsername(DemoUsers.CITY_STAFF))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(staff.contains("服务时限（联系、催办、督办）暂时只按周末计算")).isEqualTo(calendar.unknownYearWithin(15).isPresent());
		assertThat(staff).doesNotContain("国务院公布后");
	}

}
