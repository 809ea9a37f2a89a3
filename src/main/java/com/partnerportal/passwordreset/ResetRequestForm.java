package com.partnerportal.passwordreset;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The form that asks for a password reset link.
 *
 * @param email the address of the account
 */
record ResetRequestForm(
		@NotBlank(message = "{passwordReset.email.required}") @Email(message = "{passwordReset.email.invalid}") @Size(
				max = 254, message = "{passwordReset.email.invalid}") @Nullable String email) {

	String emailOrEmpty() {
		return (this.email != null) ? this.email : "";
	}

}
