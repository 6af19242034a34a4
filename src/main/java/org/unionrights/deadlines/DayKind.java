package org.unionrights.deadlines;

/**
 * How an official calendar day differs from the week: a public holiday, or a weekend day made a
 * working day (调休). Labels: {@code dayKind.<NAME>}.
 */
public enum DayKind {

	HOLIDAY, WORKDAY

}
