package org.unionrights.intake.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.unionrights.intake.InjuryReported;
import org.unionrights.intake.RequestCategory;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

class HelpRequestFormValidatorTest {

	/** 2026-11-28 00:30 in Baoji is still 2026-11-27 in UTC: the union's day counts. */
	private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T16:30:00Z"), ZoneId.of("Asia/Shanghai"));

	private final HelpRequestFormValidator validator = new HelpRequestFormValidator(clock);

	private static HelpRequestForm form(RequestCategory category) {
		HelpRequestForm form = new HelpRequestForm(category, "0123456789abcdef0123456789abcdef");
		form.setCountyId(1L);
		form.setConsent(true);
		return form;
	}

	private Errors validate(HelpRequestForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		validator.validate(form, errors);
		return errors;
	}

	@Test
	void wagesNeedAmountAndPeriod() {
		Errors errors = validate(form(RequestCategory.WAGES));
		assertThat(errors.getFieldError("wages.amountOwed").getCode()).isEqualTo("validation.required");
		assertThat(errors.getFieldError("wages.periodFrom").getCode()).isEqualTo("validation.required");
	}

	@Test
	void todayIsTheUnionsToday() {
		HelpRequestForm form = form(RequestCategory.OTHER);
		form.setProblemSince(LocalDate.of(2026, 11, 28));
		assertThat(validate(form).hasFieldErrors("problemSince")).isFalse();
		form.setProblemSince(LocalDate.of(2026, 11, 29));
		assertThat(validate(form).getFieldError("problemSince").getCode()).isEqualTo("validation.future");
	}

	@Test
	void periodsCannotLieAheadOrRunBackwards() {
		HelpRequestForm form = form(RequestCategory.WAGES);
		form.getWages().setAmountOwed(new BigDecimal("100"));
		form.getWages().setPeriodFrom(YearMonth.of(2026, 12));
		assertThat(validate(form).getFieldError("wages.periodFrom").getCode()).isEqualTo("validation.future");
		form.getWages().setPeriodFrom(YearMonth.of(2026, 9));
		form.getWages().setPeriodTo(YearMonth.of(2026, 8));
		assertThat(validate(form).getFieldError("wages.periodTo").getCode()).isEqualTo("validation.period.order");
		form.getWages().setPeriodTo(YearMonth.of(2026, 11));
		assertThat(validate(form).hasErrors()).isFalse();
	}

	@Test
	void rosterProblemsArePutOnTheRosterWithTheirLine() {
		HelpRequestForm form = form(RequestCategory.WAGES);
		form.getWages().setAmountOwed(new BigDecimal("100"));
		form.getWages().setPeriodFrom(YearMonth.of(2026, 9));
		form.getWages().setRoster("张三 13800138000 50\n李四 1234 50");
		Errors errors = validate(form);
		assertThat(errors.getFieldError("wages.roster").getCode()).isEqualTo("roster.line.mobile");
		assertThat(errors.getFieldError("wages.roster").getArguments()).containsExactly(2);
	}

	@Test
	void aRosterLongerThanTheWorkersAffectedIsQuestioned() {
		HelpRequestForm form = form(RequestCategory.WAGES);
		form.getWages().setAmountOwed(new BigDecimal("100"));
		form.getWages().setPeriodFrom(YearMonth.of(2026, 9));
		form.setWorkersAffected(1);
		form.getWages().setRoster("张三 13800138000 50\n李四 13900139000 50");
		assertThat(validate(form).getFieldError("workersAffected").getCode()).isEqualTo("validation.workers.roster");
	}

	@Test
	void injuriesNeedDateInjuryAndWhetherReported() {
		HelpRequestForm form = form(RequestCategory.INJURY);
		Errors errors = validate(form);
		assertThat(errors.getFieldError("injury.accidentDate").getCode()).isEqualTo("validation.required");
		assertThat(errors.getFieldError("injury.injury").getCode()).isEqualTo("validation.required");
		assertThat(errors.getFieldError("injury.reported").getCode()).isEqualTo("validation.required");
		form.getInjury().setAccidentDate(LocalDate.of(2026, 12, 1));
		form.getInjury().setInjury("右手骨折");
		form.getInjury().setReported(InjuryReported.NO);
		assertThat(validate(form).getFieldError("injury.accidentDate").getCode()).isEqualTo("validation.future");
	}

	@Test
	void consentAndCountyAreRequired() {
		HelpRequestForm form = form(RequestCategory.OTHER);
		form.setConsent(false);
		form.setCountyId(null);
		Errors errors = validate(form);
		assertThat(errors.getFieldError("consent").getCode()).isEqualTo("validation.consent");
		assertThat(errors.getFieldError("countyId").getCode()).isEqualTo("validation.required");
	}

}
