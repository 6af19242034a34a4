package org.unionrights.enterprises;

/**
 * What a "1+3" group held. Labels: {@code groupActivity.<NAME>}.
 */
public enum GroupActivityKind {

	VISIT, MEETING, TRAINING

}
