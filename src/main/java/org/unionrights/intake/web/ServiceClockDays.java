package org.unionrights.intake.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The union's promise of a first call, as configured ({@code portal.intake.first-contact-working-days}),
 * for every page that states it: the home page, the receipt, the triage filter, the start pages.
 * No text writes the number in.
 */
@ControllerAdvice
class ServiceClockDays {

	private final int firstContactDays;

	ServiceClockDays(@Value("${portal.intake.first-contact-working-days:1}") int firstContactDays) {
		this.firstContactDays = firstContactDays;
	}

	@ModelAttribute("firstContactDays")
	int firstContactDays() {
		return firstContactDays;
	}

}
