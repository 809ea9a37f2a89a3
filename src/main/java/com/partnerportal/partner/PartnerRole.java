package com.partnerportal.partner;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The one role a partner user holds.
 */
public enum PartnerRole {

	GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT;

	/**
	 * @param hasRole whether the signed-in account holds a role, named as
	 * {@link PartnerUser#roles()} names it
	 * @return the partner role the account holds
	 * @throws IllegalStateException if it holds none: it is no partner user
	 */
	public static PartnerRole heldBy(Predicate<String> hasRole) {
		return Arrays.stream(values())
			.filter((role) -> hasRole.test("PARTNER_" + role.name()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The account has no partner role"));
	}

	/**
	 * @return whether this role may request and remove reseller relationships
	 */
	public boolean managesRelationships() {
		return this == GLOBAL_ADMIN || this == ADMIN_AGENT;
	}

}
