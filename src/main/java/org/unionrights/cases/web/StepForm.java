package org.unionrights.cases.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.unionrights.cases.TrackStep;

/**
 * A dated step of one of the case's tracks.
 */
public class StepForm {

	@NotNull(message = "{validation.required}")
	private TrackStep step;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate stepDate;

	@Size(max = 500, message = "{validation.size.max}")
	private String stepNote;

	public TrackStep getStep() {
		return step;
	}

	public void setStep(TrackStep step) {
		this.step = step;
	}

	public LocalDate getStepDate() {
		return stepDate;
	}

	public void setStepDate(LocalDate stepDate) {
		this.stepDate = stepDate;
	}

	public String getStepNote() {
		return stepNote;
	}

	public void setStepNote(String stepNote) {
		this.stepNote = stepNote;
	}

}
