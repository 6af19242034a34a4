package org.unionrights.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unionrights.common.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HelpRequestTest {

	private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

	static NewHelpRequest wages() {
		return new NewHelpRequest(RequestCategory.WAGES, "工地老板拖欠三个月工资", "宝鸡某建筑工程有限公司", null, 1L,
				LocalDate.of(2026, 8, 1), "张三", "13800138000", null, true, null, 3,
				new NewHelpRequest.Wages("渭滨区某小区工地", "某建工集团", "李四班组", LocalDate.of(2026, 8, 1),
						LocalDate.of(2026, 10, 31), new BigDecimal("24000.00"),
						List.of(new Roster.Line("张三", "13800138000", new BigDecimal("8000.00")))),
				null);
	}

	private static HelpRequest submitted() {
		return new HelpRequest("WQ-2026-000001", "hash", "token", Channel.WEB, null, wages(), NOW);
	}

	@Test
	void aNewRequestWaitsForTriageAndKeepsItsWageDetails() {
		HelpRequest request = submitted();
		assertThat(request.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(request.wages().getAmountOwed()).isEqualByComparingTo("24000");
		assertThat(request.wages().getRoster()).hasSize(1);
	}

	@Test
	void theWebHasNoRegistrarAndStaffChannelsNeedOne() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new HelpRequest("n", "h", "t", Channel.WEB, "city", wages(), NOW));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new HelpRequest("n", "h", "t", Channel.HOTLINE, null, wages(), NOW));
	}

	@Test
	void theLifecycleAllowsOnlyItsOwnMoves() {
		HelpRequest request = submitted();
		assertThatThrownBy(() -> request.moveTo(RequestStatus.CLOSED, NOW)).isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("request.status.illegal");
		request.moveTo(RequestStatus.ACCEPTED, NOW);
		assertThatThrownBy(() -> request.moveTo(RequestStatus.DECLINED, NOW)).isInstanceOf(RuleViolationException.class);
		request.moveTo(RequestStatus.CLOSED, NOW);
		request.moveTo(RequestStatus.ACCEPTED, NOW);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.ACCEPTED);
	}

	@Test
	void declinedAndReferredRequestsAreFinal() {
		for (RequestStatus end : List.of(RequestStatus.DECLINED, RequestStatus.REFERRED)) {
			HelpRequest request = submitted();
			request.moveTo(end, NOW);
			assertThatThrownBy(() -> request.moveTo(RequestStatus.ACCEPTED, NOW))
				.isInstanceOf(RuleViolationException.class);
		}
	}

	@Test
	void aDuplicateIsMergedIntoAnotherRequestAndStaysMerged() throws Exception {
		HelpRequest duplicate = submitted();
		HelpRequest kept = submitted();
		setId(duplicate, 1L);
		setId(kept, 2L);
		assertThatIllegalArgumentException().isThrownBy(() -> duplicate.moveTo(RequestStatus.MERGED, NOW));
		assertThatThrownBy(() -> duplicate.mergeInto(duplicate, NOW)).hasMessageContaining("triage.merge.target");
		duplicate.mergeInto(kept, NOW);
		assertThat(duplicate.getStatus()).isEqualTo(RequestStatus.MERGED);
		assertThatThrownBy(() -> duplicate.moveTo(RequestStatus.ACCEPTED, NOW)).isInstanceOf(RuleViolationException.class);
		HelpRequest third = submitted();
		setId(third, 3L);
		assertThatThrownBy(() -> third.mergeInto(duplicate, NOW)).hasMessageContaining("triage.merge.target");
	}

	private static void setId(HelpRequest request, long id) throws ReflectiveOperationException {
		java.lang.reflect.Field field = HelpRequest.class.getDeclaredField("id");
		field.setAccessible(true);
		field.set(request, id);
	}

	@Test
	void theWorkerAddsToAnOpenRequestOnly() {
		HelpRequest request = submitted();
		request.checkOpenForWorker();
		request.moveTo(RequestStatus.DECLINED, NOW);
		assertThatThrownBy(request::checkOpenForWorker).isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("request.closed");
	}

	@Test
	void theWorkerRatesOnceAndOnlyWhenFinished() {
		HelpRequest request = submitted();
		assertThatThrownBy(() -> request.rate(5, null, NOW)).hasMessageContaining("rating.notYet");
		request.moveTo(RequestStatus.ACCEPTED, NOW);
		request.moveTo(RequestStatus.CLOSED, NOW);
		assertThatThrownBy(() -> request.rate(6, null, NOW)).hasMessageContaining("rating.score");
		request.rate(2, " 太慢了 ", NOW);
		assertThat(request.rating().getScore()).isEqualTo(2);
		assertThat(request.rating().getComment()).isEqualTo("太慢了");
		assertThatThrownBy(() -> request.rate(4, null, NOW)).hasMessageContaining("rating.already");
	}

	@Test
	void theSameEmployerIsRecognisedHoweverItIsTyped() {
		assertThat(Employer.key("宝鸡 某建筑（集团）有限公司", null))
			.isEqualTo(Employer.key("宝鸡某建筑(集团)有限公司", null));
		assertThat(Employer.key("任何名字", "91350100m000100y43"))
			.isEqualTo(Employer.key("另一个名字", "91350100M000100Y43"));
	}

	@Test
	void trackingNumbersAreReadable() {
		assertThat(TrackingNumbers.format(123, NOW, ZoneId.of("Asia/Shanghai"))).isEqualTo("WQ-2026-000123");
		assertThat(TrackingNumbers.format(1_234_567, Instant.parse("2026-12-31T17:00:00Z"), ZoneId.of("Asia/Shanghai")))
			.isEqualTo("WQ-2027-1234567");
		assertThat(TrackingNumbers.normalize(" wq-2026-000123 ")).isEqualTo("WQ-2026-000123");
		assertThat(TrackingNumbers.normalize("WQ－2026－000123")).isEqualTo("WQ-2026-000123");
		for (String typed : List.of("WQ2026000123", "wq-2026-000123", "2026-000123", "2026000123", "ＷＱ－２０２６－０００１２３",
				"WQ—2026—000123", "wq 2026 000123")) {
			assertThat(TrackingNumbers.normalize(typed)).as(typed).isEqualTo("WQ-2026-000123");
		}
		assertThat(TrackingNumbers.normalize("WQ-2026-12")).isNull();
		assertThat(TrackingNumbers.normalize("WQ-26-000123")).isNull();
		assertThat(TrackingNumbers.normalize("' or 1=1 --")).isNull();
	}

	@Test
	void whatIsClaimedIsTheAmountOwedOrElseTheRostersTotal() {
		HelpRequest withAmount = submitted();
		assertThat(withAmount.wages().amountClaimed()).isEqualByComparingTo("24000");
		NewHelpRequest rosterOnly = new NewHelpRequest(RequestCategory.WAGES, "拖欠工资", "某劳务公司", null, 1L, null, "张三",
				"13800138000", null, false, null, 1, new NewHelpRequest.Wages(null, null, null, LocalDate.of(2026, 8, 1),
						null, null, List.of(new Roster.Line("张三", null, new BigDecimal("8000")),
								new Roster.Line("李四", null, new BigDecimal("7000")))),
				null);
		HelpRequest request = new HelpRequest("WQ-2026-000002", "hash", "token2", Channel.WEB, null, rosterOnly, NOW);
		assertThat(request.wages().amountClaimed()).isEqualByComparingTo("15000");
		assertThat(request.workersHelped()).as("everyone on the roster, not the one who wrote").isEqualTo(2);
	}

	@Test
	void aRequestAboutSomethingElseHasNoWageOrInjuryDetails() {
		NewHelpRequest hours = new NewHelpRequest(RequestCategory.HOURS, "每天干14小时", "某快递网点", null, 1L, null, "孙磊",
				"13800138000", null, true, null, 8, wages().wages(), null);
		HelpRequest request = new HelpRequest("WQ-2026-000003", "hash", "token3", Channel.WEB, null, hours, NOW);
		assertThat(request.wages().getAmountOwed()).as("wage details of another category are dropped").isNull();
		assertThat(request.wages().amountClaimed()).isNull();
		assertThat(request.injury().getAccidentDate()).isNull();
		assertThat(request.workersHelped()).isEqualTo(8);
	}

	@Test
	void acceptingTakesWhatTheCaseNeedsAsItIs() throws ReflectiveOperationException {
		HelpRequest request = submitted();
		setId(request, 7L);
		AcceptedRequest accepted = request.accepted();
		assertThat(accepted.requestId()).isEqualTo(7L);
		assertThat(accepted.trackingNo()).isEqualTo("WQ-2026-000001");
		assertThat(accepted.employerKey()).isEqualTo(Employer.key("宝鸡某建筑工程有限公司", null));
		assertThat(accepted.workersHelped()).isEqualTo(3);
		assertThat(accepted.migrantWorker()).isTrue();
		assertThat(accepted.amountClaimed()).isEqualByComparingTo("24000");
	}

	@Test
	void theLifecycleIsTheStatusEnumsOwn() {
		assertThat(RequestStatus.SUBMITTED.mayMoveTo(RequestStatus.ACCEPTED)).isTrue();
		assertThat(RequestStatus.SUBMITTED.mayMoveTo(RequestStatus.CLOSED)).isFalse();
		assertThat(RequestStatus.ACCEPTED.mayMoveTo(RequestStatus.CLOSED)).isTrue();
		assertThat(RequestStatus.CLOSED.mayMoveTo(RequestStatus.ACCEPTED)).isTrue();
		for (RequestStatus end : List.of(RequestStatus.REFERRED, RequestStatus.DECLINED, RequestStatus.MERGED)) {
			for (RequestStatus next : RequestStatus.values()) {
				assertThat(end.mayMoveTo(next)).as(end + " → " + next).isFalse();
			}
		}
	}

	@Test
	void triageAcceptsOnlyARequestStillWaiting() {
		HelpRequest request = submitted();
		request.checkAwaitingTriage();
		request.moveTo(RequestStatus.ACCEPTED, NOW);
		request.moveTo(RequestStatus.CLOSED, NOW);
		assertThatThrownBy(request::checkAwaitingTriage).isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("request.status.illegal");
	}

}
