package org.unionrights.enterprises;

/**
 * Where a collective contract stands: offer (要约) → negotiation → signed → filed → effective →
 * expired, one step at a time and never back. Labels: {@code contractStage.<NAME>}.
 */
public enum ContractStage {

	OFFER, NEGOTIATION, SIGNED, FILED, EFFECTIVE, EXPIRED;

	/** Whether the lifecycle has the move from this stage to {@code next}: only to the next stage. */
	public boolean mayMoveTo(ContractStage next) {
		return next != null && next.ordinal() == ordinal() + 1;
	}

	/** The stage a contract can move to from this one, or {@code null} at the end. */
	public ContractStage next() {
		return this == EXPIRED ? null : values()[ordinal() + 1];
	}

}
