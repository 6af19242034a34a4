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
import org.unionrights.security.ActingAs;
import org.unionrights.security.PortalUser;
import org.unionrights.teams.TeamService;
import org.unionrights.teams.TeamView;

/**
 * Demo mode only: the first demo request (the Weibin wage claim) accepted as a case of the
 * Weibin station's lawyer, under way (mediation applied for, a meeting with the contractor, a first
 * payment for one worker, a note); and the second (the Jintai injury) handled by the city lawyer
 * team and closed, so that it can be rated; the fifth (the Jintai couriers) left alone for forty
 * days, chased and escalated by the service clock. Once, while there are no cases.
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

	private final CaseHandling handling;

	private final WageLedger ledger;

	private final CaseLifecycle lifecycle;

	private final CaseChasing chasing;

	private final org.springframework.transaction.support.TransactionTemplate transactions;

	CaseDemoData(DemoMode demoMode, LegalCases cases, CaseService service, TeamService teams,
			AccountService accounts, java.time.Clock clock, CaseHandling handling, WageLedger ledger,
			CaseLifecycle lifecycle, CaseChasing chasing,
			org.springframework.transaction.PlatformTransactionManager transactionManager) {
		this.chasing = chasing;
		this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
		this.lifecycle = lifecycle;
		this.handling = handling;
		this.ledger = ledger;
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
		PortalUser demoLawyer = new PortalUser(lawyer.id(), lawyer.username(), "", lawyer.displayName(), lawyer.role(),
				lawyer.countyId(), true, true);
		String year = Integer.toString(java.time.Year.now(clock).getValue());
		try {
			String wageCase = ActingAs.user(cityStaff, () -> service.open(cityStaff, "WQ-" + year + "-000001", station.id(),
					lawyer.id()));
			ActingAs.user(demoLawyer, () -> record(demoLawyer, wageCase));
			String injuryCase = ActingAs.user(cityStaff, () -> {
				String closed = service.open(cityStaff, "WQ-" + year + "-000002", city.id(), lawyer.id());
				lifecycle.close(cityStaff, closed, 0, CaseOutcome.DIRECT_PAYMENT, "单位已补发医疗费并申请工伤认定。");
				return closed;
			});
			String forgotten = ActingAs.user(cityStaff, () -> service.open(cityStaff, "WQ-" + year + "-000005", city.id(), lawyer.id()));
			escalate(forgotten);
			log.info("Demo mode: cases {} (open, a clock due soon), {} (closed) and {} (escalated) for the demo lawyer",
					wageCase, injuryCase, forgotten);
		}
		catch (RuntimeException ex) {
			// A demo database from an earlier version, whose demo requests moved on without cases.
			log.info("Demo mode: no demo cases added ({})", ex.getMessage());
		}
	}

	/**
	 * The courier's case, opened forty days ago and left alone: the service clock chases it, and
	 * three weeks after the chase escalates it to the city, so that a first visit shows both.
	 */
	private void escalate(String caseNo) {
		java.time.Instant now = clock.instant();
		// In calendar days wide enough for the working days the clock counts, whatever holidays fall between.
		transactions.executeWithoutResult(status -> cases.backdateOpened(caseNo, now.minus(java.time.Duration.ofDays(40))));
		chasing.sweep();
		transactions.executeWithoutResult(status -> cases.backdateChase(caseNo, now.minus(java.time.Duration.ofDays(20))));
		chasing.sweep();
	}

	/** Done as that person, so that their role lets them and the case's history names them. */
	/** The wage case under way: mediation applied for, a contact, a first instalment for one worker. */
	private Void record(PortalUser lawyer, String caseNo) {
		java.time.LocalDate today = java.time.LocalDate.now(clock);
		// Applied ten days ago: its 15 days are due within the week.
		handling.recordStep(lawyer, caseNo, TrackStep.MEDIATION_APPLIED, today.minusDays(10), "渭滨区劳动争议调解委员会");
		handling.recordContact(lawyer, caseNo, ContactChannel.MEETING, ContactParty.CONTRACTOR, today.minusDays(6),
				"约谈总包单位项目经理，同意先垫付部分工资。");
		ledger.record(lawyer, caseNo, new NewPayment(PaymentKind.PAYMENT, today.minusDays(3),
				new java.math.BigDecimal("16500.00"), "总包单位", "王建军", "总包先行垫付", null));
		handling.write(lawyer, caseNo, EntryKind.NOTE, "劳务公司负责人失联，其余两人工资继续向总包追讨。");
		return null;
	}

	private TeamView team(String name) {
		return teams.list().stream().filter(team -> team.name().equals(name)).findFirst().orElse(null);
	}

}
