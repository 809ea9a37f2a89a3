package com.partnerportal.customerlist;

/**
 * What the signed-in partner holds for one service of a customer. Message keys
 * {@code customers.dap.state.<NAME>} name them.
 */
enum DelegatedAdminState {

	/** The partner administers the service for the customer. */
	HELD,
	/** The partner held delegated admin and the customer removed it. */
	REMOVED,
	/** The partner never held delegated admin for the service. */
	NOT_HELD,
	/** Delegated admin does not exist for the service. */
	NOT_APPLICABLE

}
