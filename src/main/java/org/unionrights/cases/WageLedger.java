package org.unionrights.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unionrights.audit.AuditLog;
import org.unionrights.audit.Detail;
import org.unionrights.common.RuleViolationException;
import org.unionrights.common.Texts;
import org.unionrights.intake.StaffRequestView;
import org.unionrights.intake.CaseProgress;
import org.unionrights.security.PortalUser;

/**
 * The wage ledger: the money claimed and agreed on a case, the payments recovered (in as many
 * instalments as they come) and the emergency advances, per case and per worker of a group case;
 * and the roll-ups by county, month and employer, where an employer with repeated arrears cases
 * stands out. A county officer's figures are their county's; city staff see the city's.
 */
@Service
@Transactional
public class WageLedger {

	private final CaseService cases;

	private final CasePayments payments;

	private final LedgerQueries queries;

	private final LegalCases legalCases;

	private final AuditLog auditLog;

	private final Clock clock;

	private final int repeatArrearsCases;

	WageLedger(CaseService cases, CasePayments payments, LedgerQueries queries, LegalCases legalCases, AuditLog auditLog,
			Clock clock,
			@Value("${portal.ledger.repeat-arrears-cases:2}") int repeatArrearsCases) {
		this.cases = cases;
		this.payments = payments;
		this.queries = queries;
		this.legalCases = legalCases;
		this.auditLog = auditLog;
		this.clock = clock;
		this.repeatArrearsCases = repeatArrearsCases;
	}

	/** A case's ledger: its amounts, its lines, and per worker of a group case. */
	public record CaseLedger(BigDecimal claimed, BigDecimal agreed, BigDecimal recovered, BigDecimal advanced,
			BigDecimal outstanding, List<PaymentView> lines, List<WorkerLine> workers, BigDecimal unallocated,
			long employerArrearsCases, boolean repeatEmployer) {

		/** What the payments are measured against: the amount agreed, else the amount claimed. */
		public BigDecimal target() {
			return agreed != null ? agreed : claimed;
		}

		/** More was recovered than was agreed (or claimed). */
		public boolean overRecovered() {
			return target() != null && recovered.compareTo(target()) > 0;
		}

	}

	/** One worker of a group case: owed (from the roster), paid and advanced (lines naming them). */
	public record WorkerLine(String name, BigDecimal owed, BigDecimal paid, BigDecimal advanced) {

		public boolean overpaid() {
			return paid.compareTo(owed) > 0;
		}

	}

	@Transactional(readOnly = true)
	public CaseLedger caseLedger(PortalUser user, String caseNo) {
		return caseLedger(user, caseNo, cases.request(user, caseNo));
	}

	/**
	 * The same, for a page that already holds the case's request (as {@link CaseService#request}
	 * gives it), so that it is not read twice.
	 */
	@Transactional(readOnly = true)
	public CaseLedger caseLedger(PortalUser user, String caseNo, StaffRequestView request) {
		LegalCase legalCase = cases.load(user, caseNo);
		List<CasePayment> lines = payments.findByCaseIdOrderByPaidOnAscIdAsc(legalCase.getId());
		BigDecimal recovered = sum(lines, PaymentKind.PAYMENT, null);
		BigDecimal advanced = sum(lines, PaymentKind.ADVANCE, null);
		CaseView view = legalCase.toView("", "");
		BigDecimal target = view.amountAgreed() != null ? view.amountAgreed() : view.amountClaimed();
		BigDecimal outstanding = target == null ? null : target.subtract(recovered).max(BigDecimal.ZERO);
		Map<String, WorkerLine> workers = new LinkedHashMap<>();
		for (StaffRequestView.RosterLine line : request.roster()) {
			workers.merge(line.name(),
					new WorkerLine(line.name(), line.amount(), sum(lines, PaymentKind.PAYMENT, line.name()),
							sum(lines, PaymentKind.ADVANCE, line.name())),
					(a, b) -> new WorkerLine(a.name(), a.owed().add(b.owed()), a.paid(), a.advanced()));
		}
		BigDecimal allocated = workers.values().stream().map(WorkerLine::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
		long employerCases = queries.arrearsCases(legalCase.getEmployerKey());
		return new CaseLedger(view.amountClaimed(), view.amountAgreed(), recovered, advanced, outstanding,
				lines.stream().map(line -> line.toView(legalCase.isOpen() && line.mayBeVoidedBy(user))).toList(),
				List.copyOf(workers.values()),
				recovered.subtract(allocated), employerCases, employerCases >= repeatArrearsCases);
	}

	/**
	 * Records a payment recovered or an advance, possibly for one worker of the group's roster. The
	 * worker's timeline shows the amount. A payment that takes the case past the amount agreed (or
	 * claimed), or a worker past what the roster says they are owed, is a likely slip: it is
	 * refused unless it carries the reason the recorder confirmed it with.
	 */
	public void record(PortalUser user, String caseNo, NewPayment payment) {
		LegalCase legalCase = cases.load(user, caseNo);
		legalCase.requireOpen();
		BigDecimal amount = payment.amount();
		CasePayment.checkAmount(amount); // before the roster is read: a mistyped amount is the likelier slip
		if (payment.paidOn().isAfter(LocalDate.now(clock))) {
			throw new RuleViolationException("paidOn", "validation.future");
		}
		String workerName = Texts.blankToNull(payment.workerName());
		// Two payments sent at once are checked against each other's amounts, not both against the old total.
		legalCases.lockById(legalCase.getId());
		CaseLedger ledger = caseLedger(user, caseNo);
		WorkerLine worker = workerName == null ? null
				: ledger.workers().stream().filter(line -> line.name().equals(workerName.strip())).findFirst()
					.orElseThrow(() -> new RuleViolationException("workerName", "payment.worker.unknown"));
		boolean over = payment.kind() == PaymentKind.PAYMENT
				&& ((ledger.target() != null && ledger.recovered().add(amount).compareTo(ledger.target()) > 0)
						|| (worker != null && worker.paid().add(amount).compareTo(worker.owed()) > 0));
		String overReason = over ? Texts.blankToNull(payment.overReason()) : null;
		if (over && overReason == null) {
			throw new RuleViolationException("overReason", worker != null ? "payment.over.worker" : "payment.over.case");
		}
		payments.save(new CasePayment(legalCase.getId(), payment, overReason, user.getUsername(), clock.instant()));
		cases.worked(legalCase, user, false);
		cases.tell(CaseProgress.Step.of(legalCase.getRequestId(), "caseStep." + payment.kind().name(), payment.paidOn(),
				amount.toPlainString()));
		auditLog.record(payment.kind() == PaymentKind.PAYMENT ? "CASE_PAYMENT" : "CASE_ADVANCE",
				CaseService.subject(caseNo), Detail.of(overReason == null ? "audit.detail.payment" : "audit.detail.paymentOver",
						Detail.money(amount), payment.paidOn(), payment.payer().strip(),
						workerName == null ? Detail.label("payment.worker.all") : workerName.strip(), overReason));
	}

	/**
	 * Voids a wrong line with a reason: its recorder or city staff only; a line of another case
	 * does not exist here.
	 */
	public void voidLine(PortalUser user, String caseNo, long paymentId, String reason) {
		LegalCase legalCase = cases.load(user, caseNo);
		legalCase.requireOpen();
		CasePayment line = payments.findById(paymentId)
			.filter(payment -> payment.getCaseId() == legalCase.getId())
			.orElseThrow(() -> new CaseNotFoundException(caseNo));
		line.voidBy(user, reason, clock.instant());
		cases.worked(legalCase, user, false);
		cases.tell(CaseProgress.Step.of(legalCase.getRequestId(), "caseStep.VOIDED", line.getAmount().toPlainString()));
		auditLog.record("CASE_PAYMENT_VOIDED", CaseService.subject(caseNo),
				Detail.of("audit.detail.paymentVoided", Detail.money(line.getAmount()), line.getPaidOn(), reason.strip()));
	}

	/** The city's (or a county's) ledger: by county, by month for the last twelve, and by employer. */
	public record Totals(List<LedgerQueries.CountyRow> counties, LedgerQueries.CountyRow total,
			List<MonthRow> months, List<LedgerQueries.EmployerRow> employers, int repeatThreshold) {
	}

	/** A month: cases opened (their claims and workers) and money paid in it. */
	public record MonthRow(YearMonth month, long casesOpened, BigDecimal claimed, long workersHelped,
			long migrantWorkers, BigDecimal recovered, BigDecimal advanced) {
	}

	/** An employer's wage-arrears record: its arrears cases and their money, within the user's scope. */
	public record ArrearsRecord(long arrearsCases, long openArrearsCases, BigDecimal claimed, BigDecimal recovered) {
	}

	@Transactional(readOnly = true)
	public ArrearsRecord arrearsOf(PortalUser user, java.util.Collection<String> employerKeys) {
		return employerKeys.isEmpty() ? new ArrearsRecord(0, 0, BigDecimal.ZERO, BigDecimal.ZERO)
				: queries.arrearsOf(CaseScope.Sql.of(user.scope()), employerKeys);
	}

	/** The same totals for an export, which the audit log records. */
	public Totals exportTotals(PortalUser user) {
		Totals totals = totals(user);
		auditLog.record("LEDGER_EXPORTED", "ledger", Detail.of("audit.detail.rows", totals.total().cases()));
		return totals;
	}

	/** The ledger of the cases the user may see: a county officer's county, the city for city staff. */
	@Transactional(readOnly = true)
	public Totals totals(PortalUser user) {
		CaseScope.Sql scope = CaseScope.Sql.of(user.scope());
		List<LedgerQueries.CountyRow> counties = queries.byCounty(scope);
		LedgerQueries.CountyRow total = counties.stream()
			.reduce(new LedgerQueries.CountyRow(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, BigDecimal.ZERO,
					BigDecimal.ZERO), LedgerQueries.CountyRow::plus);
		YearMonth thisMonth = YearMonth.now(clock);
		YearMonth first = thisMonth.minusMonths(11);
		Map<YearMonth, MonthRow> months = new TreeMap<>(java.util.Comparator.reverseOrder());
		for (YearMonth month = first; !month.isAfter(thisMonth); month = month.plusMonths(1)) {
			months.put(month, new MonthRow(month, 0, BigDecimal.ZERO, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO));
		}
		for (LedgerQueries.OpenedRow row : queries.openedByMonth(scope, first.atDay(1), clock.getZone())) {
			months.computeIfPresent(row.month(), (m, r) -> new MonthRow(m, row.cases(), row.claimed(), row.workers(),
					row.migrants(), r.recovered(), r.advanced()));
		}
		for (LedgerQueries.PaidRow row : queries.paidByMonth(scope, first.atDay(1))) {
			months.computeIfPresent(row.month(), (m, r) -> new MonthRow(m, r.casesOpened(), r.claimed(), r.workersHelped(),
					r.migrantWorkers(), row.recovered(), row.advanced()));
		}
		return new Totals(counties, total, new ArrayList<>(months.values()), queries.employers(scope, 20, repeatArrearsCases),
				repeatArrearsCases);
	}

	private static BigDecimal sum(List<CasePayment> lines, PaymentKind kind, String workerName) {
		return lines.stream()
			.filter(line -> !line.isVoided() && line.getKind() == kind)
			.filter(line -> workerName == null || workerName.equals(line.getWorkerName()))
			.map(CasePayment::getAmount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
