package org.unionrights.enterprises;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.unionrights.common.DemoMode;
import org.unionrights.security.ActingAs;
import org.unionrights.security.PortalUser;

/**
 * Demo mode only, once while the registry is empty: a handful of Weibin and Jintai enterprises,
 * Weibin's regional courier contract in force, a wage-specific contract under way with its filing
 * clock running, and a "1+3" group of couriers with a meeting and two opinions, one answered. Done
 * as each county's officer, so that the history names them.
 */
@Component
@Order(30)
class RegistryDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RegistryDemoData.class);

	private final DemoMode demoMode;

	private final Enterprises registry;

	private final EnterpriseService enterprises;

	private final ContractService contracts;

	private final GroupService groups;

	private final UserDetailsService users;

	private final java.time.Clock clock;

	RegistryDemoData(DemoMode demoMode, Enterprises registry, EnterpriseService enterprises, ContractService contracts,
			GroupService groups, UserDetailsService users, java.time.Clock clock) {
		this.demoMode = demoMode;
		this.registry = registry;
		this.enterprises = enterprises;
		this.contracts = contracts;
		this.groups = groups;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demoMode.isEnabled() || registry.count() > 0) {
			return;
		}
		try {
			PortalUser weibin = (PortalUser) users.loadUserByUsername("weibin");
			PortalUser jintai = (PortalUser) users.loadUserByUsername("jintai");
			ActingAs.user(weibin, () -> weibin(weibin));
			ActingAs.user(jintai, () -> jintai(jintai));
			log.info("Demo mode: enterprises, two collective contracts and a \"1+3\" group in Weibin and Jintai");
		}
		catch (UsernameNotFoundException | ClassCastException ex) {
			log.info("Demo mode: no registry demo data ({})", ex.getMessage());
		}
	}

	private Void weibin(PortalUser officer) {
		LocalDate today = LocalDate.now(clock);
		long lead = register(officer, 1, "宝鸡市渭滨区顺达快递有限公司", "91610302MA6X5D0017", Industry.LOGISTICS,
				EnterpriseSize.MEDIUM, 86, LocalDate.of(2021, 6, 1), true);
		long riders = register(officer, 1, "渭滨区小蜂外卖配送站", "92610302MA6XFB0026", Industry.PLATFORM,
				EnterpriseSize.MICRO, 18, null, false);
		long sameDay = register(officer, 1, "渭滨区顺风同城配送部", "92610302MA6X5F003Q", Industry.LOGISTICS,
				EnterpriseSize.SMALL, 32, null, false);
		long restaurant = register(officer, 1, "渭滨区鲜丰餐饮店", "92610302MA6XXF004M", Industry.CATERING,
				EnterpriseSize.MICRO, 9, null, false);
		ContractView regional = contracts.offer(officer, new ContractData("渭滨区快递物流行业区域性集体合同",
				ContractKind.COMPREHENSIVE, ContractCoverage.REGIONAL, 3, 145, List.of(lead, riders, sameDay),
				today.minusMonths(14)));
		LocalDate day = today.minusMonths(14);
		// Answered, signed, filed, and in effect once 15 days passed without objection.
		int[] after = { 12, 12, 12, 16 };
		List<ContractStage> stages = List.of(ContractStage.NEGOTIATION, ContractStage.SIGNED, ContractStage.FILED,
				ContractStage.EFFECTIVE);
		for (int i = 0; i < stages.size(); i++) {
			day = day.plusDays(after[i]);
			contracts.moveTo(officer, regional.id(), contracts.find(officer, regional.id()).version(), stages.get(i), day);
		}
		// Under way: offered, answered, signed three days ago; to be filed within 10 days.
		ContractView wages = contracts.offer(officer, new ContractData("顺达快递2026年工资专项集体合同", ContractKind.WAGE,
				ContractCoverage.ENTERPRISE, 1, 86, List.of(lead), today.minusDays(25)));
		contracts.moveTo(officer, wages.id(), 0, ContractStage.NEGOTIATION, today.minusDays(12));
		contracts.moveTo(officer, wages.id(), 1, ContractStage.SIGNED, today.minusDays(3));
		GroupView group = groups.form(officer, lead, "张秀兰", today.minusMonths(4));
		groups.addMember(officer, group.id(), riders, today.minusMonths(4).plusDays(3));
		groups.addMember(officer, group.id(), sameDay, today.minusMonths(4).plusDays(3));
		groups.addMember(officer, group.id(), restaurant, today.minusMonths(3));
		groups.recordActivity(officer, group.id(), GroupActivityKind.MEETING, today.minusMonths(2), 38, "骑手和快递员座谈会");
		groups.raiseOpinion(officer, group.id(), OpinionTopic.REST, "希望每月至少保证休息四天，雨雪天送餐有补贴。");
		groups.raiseOpinion(officer, group.id(), OpinionTopic.SOCIAL_INSURANCE, "兼职骑手想知道怎样参加职业伤害保障。");
		long opinion = groups.find(officer, group.id()).opinions().stream()
			.filter(o -> o.topic().equals(OpinionTopic.SOCIAL_INSURANCE.name()))
			.findFirst()
			.orElseThrow()
			.id();
		groups.answerOpinion(officer, group.id(), opinion, "已联系站点统一为骑手办理新就业形态职业伤害保障，下周到站点讲解。");
		return null;
	}

	private Void jintai(PortalUser officer) {
		register(officer, 2, "宝鸡某机械制造有限公司", "91610303MA6XJX005A", Industry.MANUFACTURING, EnterpriseSize.MEDIUM,
				240, LocalDate.of(2015, 3, 1), true);
		register(officer, 2, "金台区精工零件加工厂", "92610303MA6XJG006C", Industry.MANUFACTURING, EnterpriseSize.SMALL, 28,
				null, false);
		register(officer, 2, "金台区邻家便利店", "92610303MA6XLJ007D", Industry.RETAIL, EnterpriseSize.MICRO, 6, null,
				false);
		return null;
	}

	private long register(PortalUser officer, long countyId, String name, String code, Industry industry,
			EnterpriseSize size, int employees, LocalDate union, boolean supervision) {
		return enterprises.register(officer, new EnterpriseData(countyId, name, code, industry, size, employees, union,
				supervision, false, industry == Industry.LOGISTICS || industry == Industry.PLATFORM)).id();
	}

}
