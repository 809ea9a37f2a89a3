package com.partnerportal.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform admin created when the database holds none, so that a fresh installation
 * can be signed in to. Read only on that first start; afterwards admins are managed in
 * the database and these values are ignored.
 *
 * @param email the admin's e-mail address ({@code PORTAL_ADMIN_EMAIL})
 * @param password the admin's password ({@code PORTAL_ADMIN_PASSWORD}); must satisfy the
 * {@link PasswordPolicy}
 * @param displayName the name shown for the admin
 */
@ConfigurationProperties("portal.admin")
public record FirstPlatformAdminProperties(@DefaultValue("") String email, @DefaultValue("") String password,
		@DefaultValue("Platform admin") String displayName) {

	public FirstPlatformAdminProperties {
		email = email.strip();
		displayName = displayName.isBlank() ? "Platform admin" : displayName.strip();
	}

	/** Leaves the password out, so that printing the properties never shows it. */
	@Override
	public String toString() {
		return "FirstPlatformAdminProperties[email=" + this.email + ", displayName=" + this.displayName + "]";
	}

}
