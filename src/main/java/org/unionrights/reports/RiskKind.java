package org.unionrights.reports;

/** What a risk report is about. Labels: {@code riskKind.<NAME>}. */
public enum RiskKind {

	WAGE_ARREARS, COLLECTIVE_DISPUTE, LAYOFFS, CLOSURE, SAFETY, OTHER

}
