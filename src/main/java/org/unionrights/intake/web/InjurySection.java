package org.unionrights.intake.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.unionrights.intake.InjuryReported;
import org.unionrights.intake.NewHelpRequest;

/**
 * The work-injury part of the help form ({@code injury.*}): the accident's date, the injury, and
 * whether the employer reported it. What it requires is checked by {@link HelpRequestFormValidator}.
 */
public class InjurySection {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate accidentDate;

	@Size(max = 500, message = "{validation.size.max}")
	private String injury;

	private InjuryReported reported;

	NewHelpRequest.Injury toInjury() {
		return new NewHelpRequest.Injury(accidentDate, injury, reported);
	}

	public LocalDate getAccidentDate() {
		return accidentDate;
	}

	public void setAccidentDate(LocalDate accidentDate) {
		this.accidentDate = accidentDate;
	}

	public String getInjury() {
		return injury;
	}

	public void setInjury(String injury) {
		this.injury = injury;
	}

	public InjuryReported getReported() {
		return reported;
	}

	public void setReported(InjuryReported reported) {
		this.reported = reported;
	}

}
