package org.unionrights.reports;

/** How serious a risk is. Labels: {@code riskLevel.<NAME>}. */
public enum RiskLevel {

	GENERAL, SERIOUS, URGENT

}
