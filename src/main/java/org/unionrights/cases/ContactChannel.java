package org.unionrights.cases;

/** How a contact was made. Labels: {@code contactChannel.<NAME>}. */
public enum ContactChannel {

	PHONE, VISIT, MEETING, MESSAGE, LETTER

}
