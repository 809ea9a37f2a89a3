package com.partnerportal.relationship;

import com.partnerportal.shared.Cloud;

/**
 * A partner and a customer in different clouds cannot enter a relationship; nothing was
 * changed.
 */
public class DifferentCloudException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final Cloud partnerCloud;

	private final Cloud customerCloud;

	public DifferentCloudException(Cloud partnerCloud, Cloud customerCloud) {
		super("Partner is in the " + partnerCloud + " cloud, customer in the " + customerCloud + " cloud");
		this.partnerCloud = partnerCloud;
		this.customerCloud = customerCloud;
	}

	public Cloud getPartnerCloud() {
		return this.partnerCloud;
	}

	public Cloud getCustomerCloud() {
		return this.customerCloud;
	}

}
