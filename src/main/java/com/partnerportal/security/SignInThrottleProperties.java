package com.partnerportal.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins are allowed before further attempts are refused for a while.
 * Failures are counted both per e-mail address typed, which stops guessing one account's
 * password, and per client address, which stops trying one common password on many
 * accounts.
 *
 * @param window how far back failures count, and so how long a refusal lasts after the
 * last failure
 * @param maxFailuresPerAccount failures for one e-mail address within the window after
 * which sign-in to it is refused
 * @param maxFailuresPerAddress failures from one client address within the window after
 * which sign-in from it is refused; higher, because several people can share an address
 */
@ConfigurationProperties("portal.sign-in.throttle")
public record SignInThrottleProperties(@DefaultValue("15m") Duration window,
		@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("20") int maxFailuresPerAddress) {

	/**
	 * @return the limits as {@link AttemptThrottle} applies them to sign-in
	 */
	public AttemptLimits limits() {
		return new AttemptLimits(AttemptPurpose.SIGN_IN, this.window, this.maxFailuresPerAccount,
				this.maxFailuresPerAddress);
	}

	/**
	 * @return the window in whole minutes, at least one, as the sign-in page tells it
	 */
	public long windowMinutes() {
		return Math.max(1, this.window.toMinutes());
	}

}
