package org.unionrights.intake.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.unionrights.intake.RequestCategory;
import org.unionrights.intake.Roster;

/**
 * The rules of the help form beyond single fields: what a wage or injury request must say, dates
 * that cannot lie in the future (in the union's zone), the roster line by line, and consent.
 */
@Component
class HelpRequestFormValidator {

	private final Clock clock;

	HelpRequestFormValidator(Clock clock) {
		this.clock = clock;
	}

	void validate(HelpRequestForm form, Errors errors) {
		LocalDate today = LocalDate.now(clock);
		required(errors, "countyId", form.getCountyId());
		notInFuture(errors, "problemSince", form.getProblemSince(), today);
		if (form.getCategory() == RequestCategory.WAGES) {
			validateWages(form, errors, YearMonth.from(today));
		}
		if (form.getCategory() == RequestCategory.INJURY) {
			InjurySection injury = form.getInjury();
			required(errors, "injury.accidentDate", injury.getAccidentDate());
			notInFuture(errors, "injury.accidentDate", injury.getAccidentDate(), today);
			required(errors, "injury.injury",
					injury.getInjury() == null || injury.getInjury().isBlank() ? null : injury.getInjury());
			required(errors, "injury.reported", injury.getReported());
		}
		if (!form.isConsent()) {
			errors.rejectValue("consent", "validation.consent");
		}
	}

	private void validateWages(HelpRequestForm form, Errors errors, YearMonth thisMonth) {
		WageSection wages = form.getWages();
		required(errors, "wages.amountOwed", wages.getAmountOwed());
		required(errors, "wages.periodFrom", wages.getPeriodFrom());
		if (wages.getPeriodFrom() != null && wages.getPeriodFrom().isAfter(thisMonth)
				&& !errors.hasFieldErrors("wages.periodFrom")) {
			errors.rejectValue("wages.periodFrom", "validation.future");
		}
		if (wages.getPeriodTo() != null && !errors.hasFieldErrors("wages.periodTo")) {
			if (wages.getPeriodTo().isAfter(thisMonth)) {
				errors.rejectValue("wages.periodTo", "validation.future");
			}
			else if (wages.getPeriodFrom() != null && wages.getPeriodTo().isBefore(wages.getPeriodFrom())) {
				errors.rejectValue("wages.periodTo", "validation.period.order");
			}
		}
		Roster roster = wages.parsedRoster();
		for (Roster.Problem problem : roster.problems()) {
			errors.rejectValue("wages.roster", problem.code(), new Object[] { problem.lineNumber() }, problem.code());
		}
		if (!roster.hasProblems() && roster.lines().size() > 0 && form.getWorkersAffected() != null
				&& roster.lines().size() > form.getWorkersAffected()) {
			errors.rejectValue("workersAffected", "validation.workers.roster", new Object[] { roster.lines().size() },
					null);
		}
	}

	private static void required(Errors errors, String field, Object value) {
		if (value == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "validation.required");
		}
	}

	private static void notInFuture(Errors errors, String field, LocalDate date, LocalDate today) {
		if (date != null && date.isAfter(today) && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "validation.future");
		}
	}

}
