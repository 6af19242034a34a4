package org.unionrights.cases;

/**
 * What a line of a case's log is: a contact with someone, a note for staff only, or a reply the
 * worker sees on their request's page. Labels: {@code entryKind.<NAME>}.
 */
public enum EntryKind {

	CONTACT, NOTE, PUBLIC_REPLY

}
