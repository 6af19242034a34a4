package org.unionrights.teams;

/**
 * The kind of lawyer a member is. Labels: {@code lawyerKind.<NAME>}.
 */
public enum LawyerKind {

	/** 公职律师 */
	PUBLIC_SECTOR,
	/** 公益律师 */
	PRO_BONO,
	/** 社会律师 */
	PRIVATE

}
