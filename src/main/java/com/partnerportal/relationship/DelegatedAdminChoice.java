package com.partnerportal.relationship;

/**
 * What a customer chooses for a service whose delegated admin another CSP partner holds
 * when it accepts a new CSP partner's request for it.
 */
public enum DelegatedAdminChoice {

	/**
	 * The current partner keeps delegated admin; the new partner gets the relationship
	 * without it for that service. The default: nothing the customer has is taken away
	 * unless it says so.
	 */
	KEEP,

	/**
	 * Delegated admin moves to the new partner; the current partner loses it for that
	 * service but stays in its relationship.
	 */
	MOVE

}
