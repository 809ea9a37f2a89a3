package com.partnerportal.security;

import org.jspecify.annotations.Nullable;

/**
 * One attempt reserved by {@link AttemptThrottle#reserve}. Unless it is
 * {@linkplain #refused() refused}, it is stored, and counted as a failure, from the
 * moment it is reserved: the caller then checks what was typed and reports the outcome
 * with {@link #failed()} or {@link #succeeded()}. An attempt whose outcome is never
 * reported (the check threw, the process died) stays counted as a failure, so that no
 * path checks more than the limit allows.
 */
public final class Attempt {

	private final AttemptThrottle throttle;

	private final AttemptLimits limits;

	private final String subjectKey;

	private final String clientAddress;

	private final @Nullable Long id;

	Attempt(AttemptThrottle throttle, AttemptLimits limits, String subjectKey, String clientAddress,
			@Nullable Long id) {
		this.throttle = throttle;
		this.limits = limits;
		this.subjectKey = subjectKey;
		this.clientAddress = clientAddress;
		this.id = id;
	}

	/**
	 * @return whether the attempt must be refused without checking what was typed,
	 * because its e-mail address or its client address failed too often; a refused
	 * attempt is not stored, so that it does not lengthen the refusal
	 */
	public boolean refused() {
		return this.id == null;
	}

	/**
	 * Keeps the attempt as a failure and, when it is the one that reaches a limit, logs a
	 * warning naming the e-mail address and the client address.
	 * @param typedSubject the e-mail address as typed, for the log only
	 * @return whether further attempts are refused from now on
	 */
	public boolean failed(String typedSubject) {
		requireAdmitted();
		return this.throttle.failed(this, typedSubject);
	}

	/**
	 * Forgets the attempt, which was no failure, and the earlier failures for its e-mail
	 * address. Those of the client address stay, so that succeeding for one's own address
	 * does not reset the count of guesses at others.
	 */
	public void succeeded() {
		requireAdmitted();
		this.throttle.succeeded(this);
	}

	/**
	 * Takes the reservation back, as if the attempt had never been made: for an attempt
	 * that was refused for a reason of its own before anything costly happened (a form
	 * with errors), so that correcting one's typing counts nothing. Earlier attempts stay
	 * counted.
	 */
	public void withdraw() {
		requireAdmitted();
		this.throttle.withdrawn(this);
	}

	AttemptLimits limits() {
		return this.limits;
	}

	String subjectKey() {
		return this.subjectKey;
	}

	String clientAddress() {
		return this.clientAddress;
	}

	long id() {
		return requireAdmitted();
	}

	private long requireAdmitted() {
		if (this.id == null) {
			throw new IllegalStateException("A refused attempt has no outcome to report");
		}
		return this.id;
	}

}
