package org.unionrights.deadlines;

/**
 * The legal clocks a case can run, with their periods and what may stop or stretch them.
 * Labels: {@code clock.<NAME>}.
 */
public enum ClockRule {

	/** 劳动争议调解仲裁法 art. 27: 1 year from when the worker knew; interrupted, suspended. */
	ARBITRATION_LIMITATION(Period.years(1), null, Feature.INTERRUPTIBLE, Feature.SUSPENDABLE),
	/** Art. 27 ¶4: pay owed during employment runs only from the end of employment. */
	ARBITRATION_LIMITATION_PAY(Period.years(1), null, Feature.INTERRUPTIBLE, Feature.SUSPENDABLE,
			Feature.AFTER_EMPLOYMENT),
	/** Art. 14: no agreement within 15 days of the mediation body receiving the application. */
	MEDIATION(Period.days(15), null),
	/** Art. 29: the commission accepts or refuses within 5 days of receiving the application. */
	ARBITRATION_ACCEPTANCE(Period.days(5), null),
	/** Art. 43 and 办案规则 arts. 45–46: 45 days from acceptance, 15 more with approval. */
	ARBITRATION_AWARD(Period.days(45), Period.days(15), Feature.RESTARTABLE, Feature.SUSPENDABLE),
	/** Art. 48: the worker may sue within 15 days of receiving the award. */
	SUIT_BY_WORKER(Period.days(15), null),
	/** Art. 49: the employer may ask to set aside a final award within 30 days. */
	SUIT_BY_EMPLOYER_FINAL_AWARD(Period.days(30), null),
	/** Art. 50: either party may sue over a non-final award within 15 days. */
	SUIT_NON_FINAL_AWARD(Period.days(15), null),
	/**
	 * 工伤保险条例 art. 17: the employer applies within 30 days of the accident or diagnosis; the
	 * social insurance authority may agree to a longer time in special circumstances.
	 */
	INJURY_APPLICATION_BY_EMPLOYER(Period.days(30), null, Feature.EXTENDED_AS_APPROVED),
	/**
	 * Art. 17: otherwise the worker, close relatives or the union within 1 year. Time spent
	 * establishing the employment relationship in arbitration or court does not count (法释〔2014〕9号
	 * art. 7; 人社部发〔2016〕29号 art. 8): it is a suspension.
	 */
	INJURY_APPLICATION_BY_WORKER(Period.years(1), null, Feature.SUSPENDABLE),
	/**
	 * Art. 20: the decision within 60 days of accepting the application; paused while a judicial
	 * or administrative conclusion it depends on is awaited (¶3).
	 */
	INJURY_DECISION(Period.days(60), null, Feature.SUSPENDABLE),
	/** Art. 20: 15 days for a clear case. */
	INJURY_DECISION_CLEAR_CASE(Period.days(15), null),
	/** Art. 25: the appraisal conclusion within 60 days, 30 more when necessary. */
	APPRAISAL(Period.days(60), Period.days(30)),
	/** Art. 26: re-appraisal asked within 15 days of receiving the conclusion. */
	REAPPRAISAL_REQUEST(Period.days(15), null),
	/** 劳动保障监察条例 art. 20: a complaint about a violation within 2 years. */
	INSPECTION_COMPLAINT(Period.years(2), null),
	/** Art. 17: the investigation within 60 working days, 30 more when needed. */
	INSPECTION_INVESTIGATION(Period.workingDays(60), Period.workingDays(30)),
	/** 集体合同规定 art. 32: the other side answers a written bargaining offer within 20 days. */
	BARGAINING_ANSWER(Period.days(20), null, Feature.BARGAINING),
	/** Art. 42: a signed collective contract is filed with the labour administration within 10 days. */
	CONTRACT_FILING(Period.days(10), null, Feature.BARGAINING),
	/** Art. 47 (劳动合同法 art. 54): with no objection within 15 days of receipt it takes effect. */
	CONTRACT_OBJECTION(Period.days(15), null, Feature.BARGAINING);

	enum Feature {

		INTERRUPTIBLE, SUSPENDABLE, RESTARTABLE, AFTER_EMPLOYMENT,
		/** The law sets no length for the extension: the authority approves a last day. */
		EXTENDED_AS_APPROVED,
		/** A collective bargaining clock: run on a contract's dates, not recorded on a case. */
		BARGAINING

	}

	private final Period period;

	private final Period extension;

	private final java.util.Set<Feature> features;

	ClockRule(Period period, Period extension, Feature... features) {
		this.period = period;
		this.extension = extension;
		this.features = features.length == 0 ? java.util.EnumSet.noneOf(Feature.class)
				: java.util.EnumSet.of(features[0], features);
	}

	public Period period() {
		return period;
	}

	/** The approved extension, or {@code null} when the law allows none. */
	public Period extension() {
		return extension;
	}

	boolean has(Feature feature) {
		return features.contains(feature);
	}

	/** The clocks a case records events for (the bargaining clocks run on contracts). */
	public static java.util.List<ClockRule> caseRules() {
		return java.util.Arrays.stream(values()).filter(rule -> !rule.has(Feature.BARGAINING)).toList();
	}

	/** Whether an extension names the last day the authority approved ({@link ClockEvent#until()}). */
	public boolean extendsToApprovedDay() {
		return has(Feature.EXTENDED_AS_APPROVED);
	}

}
