package com.partnerportal.invitation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.partnerportal.security.AttemptLimits;
import com.partnerportal.security.AttemptPurpose;

/**
 * How many registrations the public form behind an invitation link accepts before it
 * refuses further ones for a while. Each accepted registration costs a password hash and
 * sends a mail to the address typed, so the limits stop both mail to one address over and
 * over and a flood from one client address. A form with errors sends nothing and counts
 * nothing.
 *
 * @param window how far back registrations count, and so how long a refusal lasts
 * @param maxPerEmail registrations for one e-mail address within the window
 * @param maxPerAddress registrations from one client address within the window; higher,
 * because several people can share an address
 */
@ConfigurationProperties("portal.registration.throttle")
record RegistrationThrottleProperties(@DefaultValue("1h") Duration window, @DefaultValue("5") int maxPerEmail,
		@DefaultValue("20") int maxPerAddress) {

	AttemptLimits limits() {
		return new AttemptLimits(AttemptPurpose.REGISTRATION, this.window, this.maxPerEmail, this.maxPerAddress);
	}

	/**
	 * @return the window in whole minutes, at least one, as the form tells it
	 */
	long windowMinutes() {
		return Math.max(1, this.window.toMinutes());
	}

}
