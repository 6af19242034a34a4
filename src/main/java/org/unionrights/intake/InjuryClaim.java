package org.unionrights.intake;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.unionrights.common.Texts;

/**
 * The details of a work-injury request: when the accident was, the injury, and whether the
 * employer reported it for injury recognition.
 */
@Embeddable
class InjuryClaim {

	/** A request about something else. */
	static final InjuryClaim NONE = new InjuryClaim();

	@Column(name = "accident_date")
	private LocalDate accidentDate;

	private String injury;

	@Enumerated(EnumType.STRING)
	@Column(name = "injury_reported")
	private InjuryReported reported;

	protected InjuryClaim() {
	}

	InjuryClaim(NewHelpRequest.Injury injury) {
		this.accidentDate = injury.accidentDate();
		this.injury = Texts.blankToNull(injury.injury());
		this.reported = injury.reported();
	}

	LocalDate getAccidentDate() {
		return accidentDate;
	}

	String getInjury() {
		return injury;
	}

	InjuryReported getReported() {
		return reported;
	}

}
