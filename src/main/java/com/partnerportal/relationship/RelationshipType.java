package com.partnerportal.relationship;

/**
 * What a partner is to a customer: the reseller (a CSP programme member) or an advisor
 * outside it.
 */
public enum RelationshipType {

	RESELLER, ADVISOR

}
