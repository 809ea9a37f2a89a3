package com.partnerportal.admin.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import com.partnerportal.account.PasswordPolicy;
import com.partnerportal.partner.NewPartner;
import com.partnerportal.partner.NewPartnerUser;
import com.partnerportal.shared.Cloud;
import com.partnerportal.shared.Region;
import com.partnerportal.web.FormValues;

/**
 * What a platform admin types to create a partner organisation and its first Global
 * admin.
 *
 * @param name the partner's name
 * @param country the partner's ISO country code
 * @param region the region the partner serves
 * @param cloud the partner's cloud
 * @param cspMember whether the partner is a CSP programme member; {@code null} (a request
 * without the checkbox or its marker) counts as no
 * @param adminName the first Global admin's name
 * @param adminEmail the first Global admin's e-mail address
 * @param password the first Global admin's initial password; only missing if empty, as
 * spaces alone are typed and {@link PasswordPolicy} explains why they are not enough
 * @param passwordConfirmation the password typed again
 */
record PartnerForm(
		@NotBlank(message = "{admin.partnerForm.name.required}") @Size(max = 200,
				message = "{admin.partnerForm.name.tooLong}") @Nullable String name,
		@NotBlank(message = "{admin.partnerForm.country.required}") @Size(max = 2,
				message = "{admin.partnerForm.country.unknown}") @Nullable String country,
		@NotNull(message = "{admin.partnerForm.region.required}") @Nullable Region region,
		@NotNull(message = "{admin.partnerForm.cloud.required}") @Nullable Cloud cloud, @Nullable Boolean cspMember,
		@NotBlank(message = "{admin.partnerForm.adminName.required}") @Size(max = 200,
				message = "{admin.partnerForm.adminName.tooLong}") @Nullable String adminName,
		@NotBlank(message = "{admin.partnerForm.adminEmail.required}") @Email(
				message = "{admin.partnerForm.adminEmail.invalid}") @Size(max = 254,
						message = "{admin.partnerForm.adminEmail.tooLong}") @Nullable String adminEmail,
		@NotEmpty(message = "{admin.partnerForm.password.required}") @Size(min = PasswordPolicy.MIN_LENGTH,
				max = PasswordPolicy.MAX_BYTES,
				message = "{admin.partnerForm.password.length}") @Nullable String password,
		@Nullable String passwordConfirmation) {

	static PartnerForm empty() {
		return new PartnerForm(null, null, null, Cloud.PUBLIC, Boolean.TRUE, null, null, null, null);
	}

	boolean passwordConfirmed() {
		return this.password != null && this.password.equals(this.passwordConfirmation);
	}

	NewPartner toNewPartner() {
		return new NewPartner(FormValues.required(this.name), FormValues.required(this.country),
				FormValues.required(this.region), FormValues.required(this.cloud), Boolean.TRUE.equals(this.cspMember));
	}

	NewPartnerUser toGlobalAdmin() {
		return new NewPartnerUser(FormValues.required(this.adminName), FormValues.required(this.adminEmail),
				FormValues.required(this.password));
	}

	@Override
	public String toString() {
		return "PartnerForm[" + this.name + ", " + this.adminEmail + "]";
	}

}
