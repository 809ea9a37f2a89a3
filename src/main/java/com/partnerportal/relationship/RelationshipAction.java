package com.partnerportal.relationship;

/**
 * What happened to a relationship or to one of its delegated-admin grants.
 */
public enum RelationshipAction {

	ESTABLISHED, REESTABLISHED, ENDED, DELEGATED_ADMIN_GRANTED, DELEGATED_ADMIN_REMOVED, DELEGATED_ADMIN_RESTORED,

	/**
	 * Delegated admin for a service moved from one CSP partner to another; both
	 * relationships record it.
	 */
	DELEGATED_ADMIN_MOVED

}
