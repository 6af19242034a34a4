package org.unionrights.security;

/**
 * The staff roles. Workers need no account. Each role has the page it lands on after login.
 */
public enum Role {

	/** System administrator: accounts, counties, teams, settings. */
	CITY_ADMIN("/admin/accounts"),
	/** City union legal department: all counties. */
	CITY_STAFF("/workspace/city"),
	/** District or county union: one county. */
	COUNTY_OFFICER("/workspace/county"),
	/** Lawyer of a legal service team: their own cases. */
	LAWYER("/workspace/lawyer");

	private final String startPage;

	Role(String startPage) {
		this.startPage = startPage;
	}

	public String startPage() {
		return startPage;
	}

	/** The Spring Security authority, {@code ROLE_<name>}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Whether an account of this role must belong to a county. */
	public boolean requiresCounty() {
		return this == COUNTY_OFFICER;
	}

	/** Whether an account of this role may belong to a county at all. */
	public boolean allowsCounty() {
		return this == COUNTY_OFFICER || this == LAWYER;
	}

}
