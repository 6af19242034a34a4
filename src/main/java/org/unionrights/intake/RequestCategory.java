package org.unionrights.intake;

/**
 * What a worker asks help with. Labels: {@code category.<NAME>}.
 */
public enum RequestCategory {

	/** 欠薪 */
	WAGES,
	/** 工伤 */
	INJURY,
	/** 劳动合同、解除 */
	CONTRACT,
	/** 社会保险 */
	SOCIAL_INSURANCE,
	/** 工时、休息、加班费 */
	HOURS,
	/** 劳动安全卫生 */
	SAFETY,
	OTHER

}
