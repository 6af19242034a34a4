package org.unionrights;

/**
 * The demo accounts that exist in every test run (demo mode is on in tests).
 */
public final class DemoUsers {

	public static final String PASSWORD = "demo-12351";

	public static final String ADMIN = "admin";

	public static final String CITY_STAFF = "city";

	public static final String COUNTY_OFFICER = "weibin";

	public static final String LAWYER = "lawyer";

	private DemoUsers() {
	}

}
