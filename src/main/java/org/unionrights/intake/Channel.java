package org.unionrights.intake;

/**
 * How a request reached the union. Labels: {@code channel.<NAME>}.
 */
public enum Channel {

	/** The public form, by the worker. */
	WEB,
	/** The 12351 hotline, registered by staff. */
	HOTLINE,
	/** A visit to a legal-aid station, registered by staff. */
	WALK_IN,
	/** Passed on by another body, registered by staff. */
	REFERRAL;

	public boolean isStaffChannel() {
		return this != WEB;
	}

}
