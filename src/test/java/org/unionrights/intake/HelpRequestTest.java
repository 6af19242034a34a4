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
				LocalDate.of(2026, 8, 1), "张三", "13800138000", null, true, null, 3, "渭滨区某小区工地", "某建工集团",
				"李四班组", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 10, 31), new BigDecimal("24000.00"),
				List.of(new Roster.Line("张三", "13800138000", new BigDecimal("8000.00"))), null, null, null);
	}

	private static HelpRequest submitted() {
		return new HelpRequest("WQ-2026-000001", "hash", "token", Channel.WEB, null, wages(), NOW);
	}

	@Test
	void aNewRequestWaitsForTriageAndKeepsItsWageDetails() {
		HelpRequest request = submitted();
		assertThat(request.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(request.getAmountOwed()).isEqualByComparingTo("24000");
		assertThat(request.getRoster()).hasSize(1);
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
		assertThat(request.getRatingScore()).isEqualTo(2);
		assertThat(request.getRatingComment()).isEqualTo("太慢了");
		assertThatThrownBy(() -> request.rate(4, null, NOW)).hasMessageContaining("rating.already");
	}

	@Test
	void theSameEmployerIsRecognisedHoweverItIsTyped() {
		assertThat(HelpRequest.employerKey("宝鸡 某建筑（集团）有限公司", null))
			.isEqualTo(HelpRequest.employerKey("宝鸡某建筑(集团)有限公司", null));
		assertThat(HelpRequest.employerKey("任何名字", "91350100m000100y43"))
			.isEqualTo(HelpRequest.employerKey("另一个名字", "91350100M000100Y43"));
	}

	@Test
	void trackingNumbersAreReadable() {
		assertThat(TrackingNumbers.format(123, NOW, ZoneId.of("Asia/Shanghai"))).isEqualTo("WQ-2026-000123");
		assertThat(TrackingNumbers.format(1_234_567, Instant.parse("2026-12-31T17:00:00Z"), ZoneId.of("Asia/Shanghai")))
			.isEqualTo("WQ-2027-1234567");
		assertThat(TrackingNumbers.normalize(" wq-2026-000123 ")).isEqualTo("WQ-2026-000123");
		assertThat(TrackingNumbers.normalize("WQ－2026－000123")).isEqualTo("WQ-2026-000123");
		assertThat(TrackingNumbers.normalize("WQ-2026-12")).isNull();
		assertThat(TrackingNumbers.normalize("' or 1=1 --")).isNull();
	}

}
