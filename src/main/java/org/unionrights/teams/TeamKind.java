package org.unionrights.teams;

/**
 * What a team is. Labels: {@code teamKind.<NAME>}.
 */
public enum TeamKind {

	/** 法律援助工作站 of a county union. */
	STATION,
	/** 权益保障服务分队 of a county union. */
	SERVICE_TEAM,
	/** 律师服务团/队. */
	LAWYER_TEAM

}
