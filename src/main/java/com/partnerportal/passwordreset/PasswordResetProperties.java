package com.partnerportal.passwordreset;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.partnerportal.security.AttemptLimits;
import com.partnerportal.security.AttemptPurpose;

/**
 * How long a password reset link works, and how many links may be asked for before
 * further requests are refused for a while. Every request counts, whether or not the
 * address has an account, so that the refusal tells nothing either.
 *
 * @param validity how long a link works after it was asked for
 * @param window how far back requests count, and so how long a refusal lasts
 * @param maxPerEmail requests for one e-mail address within the window
 * @param maxPerAddress requests from one client address within the window; higher,
 * because several people can share an address
 */
@ConfigurationProperties("portal.password-reset")
record PasswordResetProperties(@DefaultValue("30m") Duration validity, @DefaultValue("1h") Duration window,
		@DefaultValue("3") int maxPerEmail, @DefaultValue("20") int maxPerAddress) {

	AttemptLimits limits() {
		return new AttemptLimits(AttemptPurpose.PASSWORD_RESET, this.window, this.maxPerEmail, this.maxPerAddress);
	}

	long windowMinutes() {
		return Math.max(1, this.window.toMinutes());
	}

	long validityMinutes() {
		return Math.max(1, this.validity.toMinutes());
	}

}
