package com.partnerportal.invitation;

/**
 * What accepting an invitation did.
 */
public enum AcceptanceResult {

	/**
	 * The relationship, delegated admin or agreement changed, and the answer was
	 * recorded.
	 */
	ACCEPTED,

	/** Everything asked for was in force already; nothing was written. */
	NOTHING_CHANGED

}
