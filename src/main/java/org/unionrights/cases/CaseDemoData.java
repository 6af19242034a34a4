package org.unionrights.cases;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.unionrights.accounts.AccountService;
import org.unionrights.accounts.AccountView;
import org.unionrights.common.DemoMode;
import org.unionrights.security.PortalUser;
import org.unionrights.teams.TeamService;
import org.unionrights.teams.TeamView;

/**
 * Demo mode only: the first demo request (the Weibin wage claim) accepted as a case of the
 * Weibin station's lawyer, and the second (the Jintai injury) handled by the city lawyer team and
 * closed, so that it can be rated. Once, while there are no cases.
 */
@Component
@Order(20)
class CaseDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CaseDemoData.class);

	private final DemoMode demoMode;

	private final LegalCases cases;

	private final CaseService service;

	private final TeamService teams;

	private final AccountService accounts;

	private final java.time.Clock clock;

	CaseDemoData(DemoMode demoMode, LegalCases cases, CaseService service, TeamService teams,
			AccountService accounts, java.time.Clock clock) {
		this.clock = clock;
		this.demoMode = demoMode;
		this.cases = cases;
		this.service = service;
		this.teams = teams;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demoMode.isEnabled() || cases.count() > 0) {
			return;
		}
		AccountView staff = accounts.findByUsername("city").orElse(null);
		AccountView lawyer = accounts.findByUsername("lawyer").orElse(null);
		TeamView station = team("渭滨区总工会法律援助工作站");
		TeamView city = team("宝鸡市职工维权律师服务团");
		if (staff == null || lawyer == null || station == null || city == null) {
			return;
		}
		PortalUser cityStaff = new PortalUser(staff.id(), staff.username(), "", staff.displayName(), staff.role(),
				staff.countyId(), true, true);
		String year = Integer.toString(java.time.Year.now(clock).getValue());
		try {
			String wageCase = service.open(cityStaff, "WQ-" + year + "-000001", station.id(), lawyer.id());
			String injuryCase = service.open(cityStaff, "WQ-" + year + "-000002", city.id(), lawyer.id());
			service.close(cityStaff, injuryCase, 0, CaseOutcome.DIRECT_PAYMENT, "单位已补发医疗费并申请工伤认定。");
			log.info("Demo mode: cases {} (open) and {} (closed) for the demo lawyer", wageCase, injuryCase);
		}
		catch (RuntimeException ex) {
			// A demo database from an earlier version, whose demo requests moved on without cases.
			log.info("Demo mode: no demo cases added ({})", ex.getMessage());
		}
	}

	private TeamView team(String name) {
		return teams.list().stream().filter(team -> team.name().equals(name)).findFirst().orElse(null);
	}

}
