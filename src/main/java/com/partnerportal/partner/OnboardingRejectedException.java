package com.partnerportal.partner;

import com.partnerportal.account.PasswordPolicy;
import com.partnerportal.account.PasswordProblem;

/**
 * A new partner or partner user was refused because of a rule that only the service can
 * check (a name or e-mail already taken, a weak password). Controllers turn the reason
 * into a form error.
 */
public class OnboardingRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final Reason reason;

	public OnboardingRejectedException(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * Why a new partner or user was refused.
	 */
	public enum Reason {

		/** Another partner has this name, ignoring case. */
		PARTNER_NAME_TAKEN,

		/** The country is not an ISO 3166 two-letter code. */
		COUNTRY_UNKNOWN,

		/** The country belongs to another region than the one chosen. */
		REGION_WITHOUT_COUNTRY,

		/** An account with this e-mail address exists already, of any kind. */
		EMAIL_TAKEN,

		/** The password is shorter than {@link PasswordPolicy#MIN_LENGTH}. */
		PASSWORD_TOO_SHORT,

		/** The password is longer than the hash function reads. */
		PASSWORD_TOO_LONG,

		/** The password is the user's own e-mail address. */
		PASSWORD_IS_EMAIL,

		/** The password is one of those attackers try first. */
		PASSWORD_TOO_COMMON;

		public static Reason of(PasswordProblem problem) {
			return switch (problem) {
				case TOO_SHORT -> PASSWORD_TOO_SHORT;
				case TOO_LONG -> PASSWORD_TOO_LONG;
				case SAME_AS_EMAIL -> PASSWORD_IS_EMAIL;
				case TOO_COMMON -> PASSWORD_TOO_COMMON;
			};
		}

	}

}
