package org.unionrights.teams;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.accounts.AccountService;
import org.unionrights.common.DemoMode;
import org.unionrights.counties.CountyDirectory;
import org.unionrights.counties.CountyRef;

/**
 * Demo mode only: the Weibin and Jintai stations and service teams and the city lawyer team,
 * with the demo lawyer in the Weibin station and the city team. Added once, to an empty table.
 */
@Component
@Order(5)
class TeamDemoData implements ApplicationRunner {

	private final DemoMode demoMode;

	private final LegalTeams teams;

	private final TeamService service;

	private final AccountService accounts;

	private final CountyDirectory counties;

	TeamDemoData(DemoMode demoMode, LegalTeams teams, TeamService service, AccountService accounts,
			CountyDirectory counties) {
		this.demoMode = demoMode;
		this.teams = teams;
		this.service = service;
		this.accounts = accounts;
		this.counties = counties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demoMode.isEnabled() || teams.count() > 0) {
			return;
		}
		Long weibin = county("610302");
		Long jintai = county("610303");
		TeamView station = service.create("渭滨区总工会法律援助工作站", TeamKind.STATION, weibin);
		service.create("渭滨区总工会权益保障服务分队", TeamKind.SERVICE_TEAM, weibin);
		service.create("金台区总工会法律援助工作站", TeamKind.STATION, jintai);
		TeamView city = service.create("宝鸡市职工维权律师服务团", TeamKind.LAWYER_TEAM, null);
		accounts.findByUsername("lawyer").ifPresent(lawyer -> {
			service.addMember(station.id(), lawyer.id(), LawyerKind.PRO_BONO);
			service.addMember(city.id(), lawyer.id(), LawyerKind.PRO_BONO);
		});
	}

	private Long county(String code) {
		return counties.active().stream().filter(c -> code.equals(c.code())).map(CountyRef::id).findFirst().orElse(null);
	}

}
