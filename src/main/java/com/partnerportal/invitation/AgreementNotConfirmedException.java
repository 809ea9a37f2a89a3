package com.partnerportal.invitation;

/**
 * An invitation was accepted without confirming the customer agreement, which the
 * customer has not accepted yet; nothing was changed.
 */
public class AgreementNotConfirmedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public AgreementNotConfirmedException() {
		super("The customer agreement must be accepted first");
	}

}
