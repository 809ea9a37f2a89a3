package com.partnerportal.account;

import java.time.Clock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes sure the portal can be administered: on start, before the server takes requests,
 * creates the first platform admin from {@link FirstPlatformAdminProperties} when the
 * database holds none, and refuses to start when the configuration does not give an
 * acceptable one. Runs after Flyway, so the demo data's admin counts.
 * <p>
 * Instances that start at the same time against an empty database all try to insert the
 * same e-mail address; the unique key on it lets one succeed, and the others find the
 * admin it created.
 */
@Component
class FirstPlatformAdmin implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(FirstPlatformAdmin.class);

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final FirstPlatformAdminProperties properties;

	private final Clock clock;

	FirstPlatformAdmin(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
			FirstPlatformAdminProperties properties, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		ensureOne();
	}

	void ensureOne() {
		if (this.accounts.existsPlatformAdmin()) {
			return;
		}
		String email = acceptableEmail();
		String password = acceptablePassword(email);
		try {
			this.accounts.save(new PlatformAdmin(email, this.passwordEncoder.encode(password),
					this.properties.displayName(), this.clock.instant()));
			logger.info("Created the first platform admin, " + UserAccount.normalizeEmail(email));
		}
		catch (DataIntegrityViolationException ex) {
			if (!this.accounts.existsPlatformAdmin()) {
				throw new FirstPlatformAdminRefusedException(
						"PORTAL_ADMIN_EMAIL (" + email + ") belongs to an account that is not a platform admin.",
						"Choose another e-mail address for the first platform admin.");
			}
			logger.info("Another instance created the first platform admin");
		}
	}

	private String acceptableEmail() {
		String email = this.properties.email();
		if (email.isEmpty()) {
			throw refused("PORTAL_ADMIN_EMAIL is not set.");
		}
		if (!email.matches("[^@\\s]+@[^@\\s]+") || email.length() > 254) {
			throw refused("PORTAL_ADMIN_EMAIL (" + email + ") is not an e-mail address.");
		}
		return email;
	}

	private String acceptablePassword(String email) {
		String password = this.properties.password();
		if (password.isEmpty()) {
			throw refused("PORTAL_ADMIN_PASSWORD is not set.");
		}
		PasswordPolicy.check(password, email).ifPresent((problem) -> {
			throw refused("PORTAL_ADMIN_PASSWORD is too weak: " + explanation(problem) + ".");
		});
		return password;
	}

	private static String explanation(PasswordProblem problem) {
		return switch (problem) {
			case TOO_SHORT ->
				"it has fewer than " + PasswordPolicy.MIN_LENGTH + " characters, not counting spaces at either end";
			case TOO_LONG -> "it is longer than " + PasswordPolicy.MAX_BYTES + " bytes";
			case SAME_AS_EMAIL -> "it is the e-mail address";
			case TOO_COMMON -> "it is a commonly used password or one character repeated";
		};
	}

	private static FirstPlatformAdminRefusedException refused(String reason) {
		return new FirstPlatformAdminRefusedException(
				"The database has no platform admin yet, and the first one cannot be created: " + reason,
				"Set PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD (at least " + PasswordPolicy.MIN_LENGTH
						+ " characters, not the e-mail address, not a common password) for the first start; they are not needed afterwards.");
	}

}
