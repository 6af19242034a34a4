package org.unionrights.intake.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptsTest {

	static final Instant FILED = Instant.parse("2026-11-30T08:00:00Z");

	final MockHttpSession session = new MockHttpSession();

	@Test
	void aReloadWithinHalfAnHourShowsTheCodeAgain() {
		receiptsAt(FILED).keep(session, Receipts.WORKER, "draft-1", receipt("WQ1", "ABCD2345"), true);

		Receipts later = receiptsAt(FILED.plus(Receipts.SHOWN_FOR));
		assertThat(later.find(session, Receipts.WORKER).queryCode()).isEqualTo("ABCD2345");
		assertThat(later.find(session, Receipts.WORKER).queryCode()).isEqualTo("ABCD2345");
	}

	@Test
	void afterHalfAnHourTheSessionForgetsTheReceiptAndTheCodes() {
		Receipts receipts = receiptsAt(FILED);
		String code = receipts.queryCodeFor(session, "draft-1", () -> "ABCD2345");
		receipts.keep(session, Receipts.WORKER, "draft-1", receipt("WQ1", code), true);

		Receipts tooLate = receiptsAt(FILED.plus(Receipts.SHOWN_FOR).plusSeconds(1));
		assertThat(tooLate.find(session, Receipts.WORKER)).isNull();
		assertThat(session.getAttribute(Receipts.WORKER)).isNull();
		assertThat(tooLate.queryCodeFor(session, "draft-1", () -> "NEWCODE9")).isEqualTo("NEWCODE9");
	}

	@Test
	void everyCopyOfOneFormGetsTheSameCodeAndAnotherFormANewOne() {
		Receipts receipts = receiptsAt(FILED);
		AtomicInteger made = new AtomicInteger();
		String first = receipts.queryCodeFor(session, "draft-1", () -> "CODE" + made.incrementAndGet());
		String again = receipts.queryCodeFor(session, "draft-1", () -> "CODE" + made.incrementAndGet());
		String other = receipts.queryCodeFor(session, "draft-2", () -> "CODE" + made.incrementAndGet());

		assertThat(first).isEqualTo(again).isEqualTo("CODE1");
		assertThat(other).isEqualTo("CODE2");
	}

	@Test
	void aDoubleSubmitKeepsShowingTheReceiptOfTheRequestItFiled() {
		Receipts receipts = receiptsAt(FILED);
		receipts.keep(session, Receipts.WORKER, "draft-1", receipt("WQ1", "ABCD2345"), true);
		receipts.keep(session, Receipts.WORKER, "draft-1", receipt("WQ1", "ABCD2345"), false);

		assertThat(receipts.find(session, Receipts.WORKER).queryCode()).isEqualTo("ABCD2345");
	}

	@Test
	void sendingAnOlderFormAgainShowsItsNumberOnceAndKeepsTheNewerCode() {
		Receipts receipts = receiptsAt(FILED);
		receipts.keep(session, Receipts.WORKER, "draft-A", receipt("WQ-A", "AAAA2345"), true);
		receipts.keep(session, Receipts.WORKER, "draft-B", receipt("WQ-B", "BBBB2345"), true);
		receipts.keep(session, Receipts.WORKER, "draft-A", receipt("WQ-A", "AAAA2345"), false);

		Receipt once = receipts.find(session, Receipts.WORKER);
		assertThat(once.trackingNo()).isEqualTo("WQ-A");
		assertThat(once.queryCode()).isNull();
		Receipt kept = receipts.find(session, Receipts.WORKER);
		assertThat(kept.trackingNo()).isEqualTo("WQ-B");
		assertThat(kept.queryCode()).isEqualTo("BBBB2345");
	}

	@Test
	void aFiledFormsCodeIsForgottenAndCodesOfFormsNeverFiledAfterHalfAnHour() {
		Receipts receipts = receiptsAt(FILED);
		receipts.queryCodeFor(session, "filed", () -> "FILED234");
		receipts.queryCodeFor(session, "abandoned", () -> "LEFT2345");
		receipts.keep(session, Receipts.WORKER, "filed", receipt("WQ1", "FILED234"), true);

		assertThat(codesKept()).containsOnlyKeys("abandoned");
		receiptsAt(FILED.plus(Receipts.SHOWN_FOR).plusSeconds(1)).queryCodeFor(session, "new", () -> "NEWCODE9");
		assertThat(codesKept()).containsOnlyKeys("new");
	}

	@Test
	void forgettingHidesTheReceiptAtOnce() {
		Receipts receipts = receiptsAt(FILED);
		receipts.keep(session, Receipts.WORKER, "draft-1", receipt("WQ1", "ABCD2345"), true);
		receipts.forget(session, Receipts.WORKER);

		assertThat(receipts.find(session, Receipts.WORKER)).isNull();
	}

	@SuppressWarnings("unchecked")
	private java.util.Map<String, ?> codesKept() {
		return (java.util.Map<String, ?>) session.getAttribute("intake.codes");
	}

	@Test
	void aCopyOfAFormFiledInAnotherSessionShowsTheNumberButNotTheCode() {
		Receipts receipts = receiptsAt(FILED);
		receipts.keep(session, Receipts.WORKER, "draft-1", receipt("WQ2", "ABCD2345"), false);

		Receipt shown = receipts.find(session, Receipts.WORKER);
		assertThat(shown.trackingNo()).isEqualTo("WQ2");
		assertThat(shown.queryCode()).isNull();
	}

	@Test
	void workerAndStaffReceiptsAreKeptApart() {
		Receipts receipts = receiptsAt(FILED);
		receipts.keep(session, Receipts.STAFF, "draft-1", receipt("WQ3", "STAFF234"), true);

		assertThat(receipts.find(session, Receipts.WORKER)).isNull();
		assertThat(receipts.find(session, Receipts.STAFF).trackingNo()).isEqualTo("WQ3");
	}

	static Receipts receiptsAt(Instant now) {
		return new Receipts(Clock.fixed(now, ZoneId.of("Asia/Shanghai")));
	}

	static Receipt receipt(String trackingNo, String code) {
		return new Receipt(trackingNo, code, null, FILED);
	}

}
