package com.partnerportal.partner;

/**
 * A Global admin's change to a partner user was refused because it would leave the
 * partner without an enabled Global admin, or lock the Global admin out.
 */
public class UserChangeRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final Reason reason;

	UserChangeRejectedException(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * Why a change to a partner user was refused.
	 */
	public enum Reason {

		/** Global admins cannot disable their own account. */
		CANNOT_DISABLE_SELF,

		/** The user is the partner's last enabled Global admin. */
		LAST_GLOBAL_ADMIN

	}

}
