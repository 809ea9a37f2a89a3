package com.partnerportal.partner.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import com.partnerportal.account.PartnerRole;
import com.partnerportal.account.PasswordPolicy;
import com.partnerportal.partner.NewPartnerUser;
import com.partnerportal.web.FormValues;

/**
 * What a Global admin types to add a user to the partner.
 *
 * @param name the person's name
 * @param email the e-mail address the person signs in with
 * @param role the partner role
 * @param password the initial password; only missing if empty, as spaces alone are typed
 * and {@link PasswordPolicy} explains why they are not enough
 * @param passwordConfirmation the password typed again
 */
record PartnerUserForm(
		@NotBlank(message = "{users.form.name.required}") @Size(max = 200,
				message = "{users.form.name.tooLong}") @Nullable String name,
		@NotBlank(message = "{users.form.email.required}") @Email(message = "{users.form.email.invalid}") @Size(
				max = 254, message = "{users.form.email.tooLong}") @Nullable String email,
		@NotNull(message = "{users.form.role.required}") @Nullable PartnerRole role,
		@NotEmpty(message = "{users.form.password.required}") @Size(min = PasswordPolicy.MIN_LENGTH,
				max = PasswordPolicy.MAX_BYTES, message = "{users.form.password.length}") @Nullable String password,
		@Nullable String passwordConfirmation) {

	static PartnerUserForm empty() {
		return new PartnerUserForm(null, null, PartnerRole.HELPDESK_AGENT, null, null);
	}

	boolean passwordConfirmed() {
		return this.password != null && this.password.equals(this.passwordConfirmation);
	}

	NewPartnerUser toNewUser() {
		return new NewPartnerUser(FormValues.required(this.name), FormValues.required(this.email),
				FormValues.required(this.password));
	}

	@Override
	public String toString() {
		return "PartnerUserForm[" + this.email + ", " + this.role + "]";
	}

}
