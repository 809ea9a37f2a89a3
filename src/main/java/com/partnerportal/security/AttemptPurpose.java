package com.partnerportal.security;

/**
 * What a throttled attempt tries to do. Each purpose is counted on its own, with limits
 * of its own: failed sign-ins never count against registrations, nor the reverse.
 */
public enum AttemptPurpose {

	/** Signing in with an e-mail address and a password. */
	SIGN_IN("Sign-in"),

	/** Registering an organisation and its first account through a public form. */
	REGISTRATION("Registration"),

	/** Asking for a password reset link, which mails the address typed. */
	PASSWORD_RESET("Password reset request");

	private final String logName;

	AttemptPurpose(String logName) {
		this.logName = logName;
	}

	/**
	 * @return how the application log names the attempt, in English as the rest of the
	 * log
	 */
	String logName() {
		return this.logName;
	}

}
