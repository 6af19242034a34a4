package org.unionrights.reports;

/** What an indicator counts. Labels: {@code indicatorUnit.<NAME>}. */
public enum IndicatorUnit {

	COUNT, PEOPLE, YUAN;

	/** Counts and people are whole numbers; yuan have two decimals. */
	public int scale() {
		return this == YUAN ? 2 : 0;
	}

}
