package com.partnerportal.security;

import java.time.Duration;

/**
 * How many failed attempts of one purpose {@link AttemptThrottle} lets through before it
 * refuses further ones for a while.
 *
 * @param purpose what the attempts try to do; each purpose is counted on its own
 * @param window how far back failures count, and so how long a refusal lasts after the
 * last failure
 * @param maxFailuresPerSubject failures for one e-mail address within the window after
 * which attempts for it are refused
 * @param maxFailuresPerAddress failures from one client address within the window after
 * which attempts from it are refused
 */
public record AttemptLimits(AttemptPurpose purpose, Duration window, int maxFailuresPerSubject,
		int maxFailuresPerAddress) {

	public AttemptLimits {
		if (window.isNegative() || window.isZero() || maxFailuresPerSubject < 1 || maxFailuresPerAddress < 1) {
			throw new IllegalArgumentException("Throttling needs a positive window and limits of at least one");
		}
	}

}
