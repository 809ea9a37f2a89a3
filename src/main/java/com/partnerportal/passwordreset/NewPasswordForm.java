package com.partnerportal.passwordreset;

import org.jspecify.annotations.Nullable;

/**
 * The form on a reset link's page, where the new password is chosen.
 *
 * @param password the new password
 * @param passwordConfirmation the new password again
 */
record NewPasswordForm(@Nullable String password, @Nullable String passwordConfirmation) {

	static NewPasswordForm empty() {
		return new NewPasswordForm("", "");
	}

	String passwordOrEmpty() {
		return (this.password != null) ? this.password : "";
	}

	String confirmationOrEmpty() {
		return (this.passwordConfirmation != null) ? this.passwordConfirmation : "";
	}

}
