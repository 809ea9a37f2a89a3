package com.partnerportal.invitation;

/**
 * A customer user may not accept or decline an invitation, for a reason the programme's
 * rules give. Nothing was changed; only the refused attempt was recorded in the activity
 * log.
 */
public class AcceptanceRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final AcceptanceRefusal refusal;

	public AcceptanceRefusedException(AcceptanceRefusal refusal) {
		super("Acceptance refused: " + refusal);
		this.refusal = refusal;
	}

	public AcceptanceRefusal getRefusal() {
		return this.refusal;
	}

}
