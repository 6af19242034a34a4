package org.unionrights.enterprises;

/**
 * An enterprise's size (大型、中型、小型、微型). Labels: {@code enterpriseSize.<NAME>}.
 */
public enum EnterpriseSize {

	LARGE, MEDIUM, SMALL, MICRO;

	/** Small and micro enterprises are the members a "1+3" group takes. */
	public boolean isSmallOrMicro() {
		return this == SMALL || this == MICRO;
	}

}
