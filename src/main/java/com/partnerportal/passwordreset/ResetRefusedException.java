package com.partnerportal.passwordreset;

/**
 * A password reset link that cannot be used, for the reason given.
 */
class ResetRefusedException extends RuntimeException {

	private final ResetRefusal refusal;

	ResetRefusedException(ResetRefusal refusal) {
		super("Password reset link refused: " + refusal);
		this.refusal = refusal;
	}

	ResetRefusal refusal() {
		return this.refusal;
	}

}
