package com.partnerportal.passwordreset;

/**
 * Why a password reset link no longer works. Message keys
 * {@code passwordReset.refused.<NAME>} explain each.
 */
enum ResetRefusal {

	/** No link was ever mailed with this key. */
	UNKNOWN,

	/** The link set a password already. */
	USED,

	/** The link is older than its validity. */
	EXPIRED

}
