package com.partnerportal.account;

/**
 * The database holds no platform admin and the configuration does not describe an
 * acceptable first one; the portal refuses to start rather than run with nobody able to
 * administer it.
 */
public class FirstPlatformAdminRefusedException extends RuntimeException {

	private final String action;

	FirstPlatformAdminRefusedException(String description, String action) {
		super(description);
		this.action = action;
	}

	/**
	 * @return what the operator should do about it
	 */
	public String getAction() {
		return this.action;
	}

}
