package org.unionrights;

import java.time.Year;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What demo mode puts in an empty database (tests run in demo mode): the help requests of the
 * README, the first answered by staff, and the two cases of the demo lawyer, one open and one
 * closed, opened by city staff.
 */
@IntegrationTest
class DemoDataIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	private static String year() {
		return Integer.toString(Year.now(ZoneId.of("Asia/Shanghai")).getValue());
	}

	@Test
	void theFirstDemoRequestWasAnsweredAndItsFirstContactRecordedThen() {
		String trackingNo = "WQ-" + year() + "-000001";
		Boolean recordedAtTheFirstReply = jdbc.queryForObject("""
				select r.first_contact_at <= (select min(e.occurred_at) from request_event e
				                                where e.request_id = r.id and e.kind = 'STAFF_REPLY')
				  from help_request r where r.tracking_no = ?""", Boolean.class, trackingNo);
		assertThat(recordedAtTheFirstReply).isTrue();
	}

	@Test
	void theDemoLawyerHasAnOpenAndAClosedCaseOpenedByCityStaff() {
		var cases = jdbc.queryForList("""
				select c.case_no, c.status, c.opened_by, a.username from legal_case c
				  join user_account a on a.id = c.lawyer_account_id
				 where c.case_no in (?, ?) order by c.case_no""", "AJ-" + year() + "-000001", "AJ-" + year() + "-000002");
		assertThat(cases).extracting(row -> row.get("status")).containsExactly("OPEN", "CLOSED");
		assertThat(cases).extracting(row -> row.get("opened_by")).containsOnly("city");
		assertThat(cases).extracting(row -> row.get("username")).containsOnly("lawyer");
	}

	@Autowired
	org.unionrights.cases.CaseAgenda agenda;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@Test
	void aFirstVisitShowsTheServiceClockAtWorkAChasedRequestAnEscalatedCaseAndAClockDueSoon() {
		String rider = "WQ-" + year() + "-000003";
		assertThat(jdbc.queryForObject("select chased_at is not null and escalated_at is null"
				+ " from help_request where tracking_no = ?", Boolean.class, rider)).as("the rider's request chased").isTrue();
		assertThat(jdbc.queryForObject("select escalated_at is not null from legal_case where case_no = ?", Boolean.class,
				"AJ-" + year() + "-000003")).as("the couriers' case escalated").isTrue();
		var lawyer = (org.unionrights.security.PortalUser) users.loadUserByUsername(DemoUsers.LAWYER);
		assertThat(agenda.of(lawyer, 50)).anySatisfy(item -> {
			assertThat(item.caseNo()).isEqualTo("AJ-" + year() + "-000001");
			assertThat(item.kind()).isEqualTo(org.unionrights.cases.CaseAgenda.Kind.CLOCK_DUE_SOON);
		});
	}

	@Test
	void theRegistryDemoHasACourierContractUnderWayAndAGroupWithAnAnsweredOpinion() {
		assertThat(jdbc.queryForObject("select count(*) from enterprise where county_id in (1, 2)", Long.class))
			.isGreaterThanOrEqualTo(7L);
		assertThat(jdbc.queryForObject("select stage from collective_contract where title = '顺达快递2026年工资专项集体合同'",
				String.class)).isEqualTo("SIGNED");
		assertThat(jdbc.queryForObject("select stage from collective_contract where title = '渭滨区快递物流行业区域性集体合同'",
				String.class)).isEqualTo("EFFECTIVE");
		assertThat(jdbc.queryForObject("select count(*) from enterprise_group_member m join enterprise_group g"
				+ " on g.id = m.group_id where g.liaison = '张秀兰'", Long.class)).isEqualTo(3L);
		assertThat(jdbc.queryForObject("select count(answered_on) from group_opinion", Long.class)).isGreaterThanOrEqualTo(1L);
	}

}
