package com.partnerportal.customer;

/**
 * A confirmation link could not create the organisation; nothing was written.
 */
public class ConfirmationRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final ConfirmationRefusal refusal;

	private final String invitationToken;

	ConfirmationRefusedException(ConfirmationRefusal refusal, String invitationToken) {
		super("Registration confirmation refused: " + refusal);
		this.refusal = refusal;
		this.invitationToken = invitationToken;
	}

	public ConfirmationRefusal getRefusal() {
		return this.refusal;
	}

	/**
	 * @return the token of the invitation the registration came through, to register
	 * again
	 */
	public String getInvitationToken() {
		return this.invitationToken;
	}

}
