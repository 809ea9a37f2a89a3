package com.partnerportal.relationship;

/**
 * Whether a relationship is in force. An ended relationship is kept, and reused when
 * established again.
 */
public enum RelationshipState {

	ACTIVE, ENDED

}
