package com.partnerportal.partner;

/**
 * The one role a partner user holds.
 */
public enum PartnerRole {

	GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT;

	/**
	 * @return whether this role may request and remove reseller relationships
	 */
	public boolean managesRelationships() {
		return this == GLOBAL_ADMIN || this == ADMIN_AGENT;
	}

}
