package com.partnerportal.relationship;

/**
 * What happened to a relationship or to one of its delegated-admin grants.
 */
public enum RelationshipAction {

	ESTABLISHED, REESTABLISHED, ENDED, DELEGATED_ADMIN_GRANTED, DELEGATED_ADMIN_REMOVED, DELEGATED_ADMIN_RESTORED

}
