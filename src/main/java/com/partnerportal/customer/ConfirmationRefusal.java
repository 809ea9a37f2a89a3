package com.partnerportal.customer;

/**
 * Why a confirmation link did not create the organisation.
 */
public enum ConfirmationRefusal {

	/** The link is older than 24 hours. */
	EXPIRED,
	/** The link created its organisation already. */
	USED,
	/** An organisation with the domain has been confirmed since. */
	DOMAIN_TAKEN,
	/** An account with the address has been created since. */
	EMAIL_TAKEN

}
