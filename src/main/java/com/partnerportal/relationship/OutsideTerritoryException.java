package com.partnerportal.relationship;

import com.partnerportal.partner.Territory;

/**
 * A partner cannot enter a relationship with a customer outside its country and region;
 * nothing was changed.
 */
public class OutsideTerritoryException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient Territory territory;

	private final String customerCountry;

	public OutsideTerritoryException(Territory territory, String customerCountry) {
		super("Partner serves " + territory.region() + " and " + territory.homeCountry() + ", customer is in "
				+ customerCountry);
		this.territory = territory;
		this.customerCountry = customerCountry;
	}

	public Territory getTerritory() {
		return this.territory;
	}

	public String getCustomerCountry() {
		return this.customerCountry;
	}

}
