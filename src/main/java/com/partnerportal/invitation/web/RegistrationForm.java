package com.partnerportal.invitation.web;

import java.util.Objects;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import com.partnerportal.customer.NewCustomer;
import com.partnerportal.shared.Cloud;

/**
 * The registration form of a customer organisation and its first Global admin. The cloud
 * is not on it: the organisation joins the inviting partner's cloud.
 *
 * @param companyName the organisation's name
 * @param domain the organisation's domain
 * @param country the ISO code of the organisation's country
 * @param adminName the first Global admin's name
 * @param email the first Global admin's e-mail address
 * @param password the chosen password
 * @param passwordConfirmation the password again
 */
record RegistrationForm(
		@NotBlank(message = "{registration.companyName.required}") @Size(max = 200,
				message = "{registration.companyName.tooLong}") @Nullable String companyName,
		@NotBlank(message = "{registration.domain.required}") @Size(max = 253,
				message = "{registration.domain.invalid}") @Nullable String domain,
		@NotBlank(message = "{registration.country.invalid}") @Size(max = 2,
				message = "{registration.country.invalid}") @Nullable String country,
		@NotBlank(message = "{registration.adminName.required}") @Size(max = 200,
				message = "{registration.adminName.tooLong}") @Nullable String adminName,
		@NotBlank(message = "{registration.email.required}") @Email(message = "{registration.email.invalid}") @Size(
				max = 254, message = "{registration.email.invalid}") @Nullable String email,
		@NotEmpty(message = "{registration.password.tooShort}") @Nullable String password,
		@NotEmpty(message = "{registration.passwordConfirmation.required}") @Nullable String passwordConfirmation) {

	/**
	 * @param country the country to preselect
	 * @return an empty form
	 */
	static RegistrationForm startingIn(String country) {
		return new RegistrationForm(null, null, country, null, null, null, null);
	}

	/**
	 * @param cloud the inviting partner's cloud
	 * @return the application to check and register
	 */
	NewCustomer toNewCustomer(Cloud cloud) {
		return new NewCustomer(text(this.companyName), text(this.domain), text(this.country), cloud,
				text(this.adminName), text(this.email), text(this.password), text(this.passwordConfirmation));
	}

	private static String text(@Nullable String value) {
		return Objects.requireNonNullElse(value, "");
	}

	@Override
	public String toString() {
		// Keeps the password out of logs and error reports.
		return "RegistrationForm[" + this.companyName + ", " + this.domain + "]";
	}

}
