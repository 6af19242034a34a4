package org.unionrights.cases;

/** Who was contacted. Labels: {@code contactParty.<NAME>}. */
public enum ContactParty {

	WORKER, EMPLOYER, CONTRACTOR, AUTHORITY, OTHER

}
