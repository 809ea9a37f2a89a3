package com.partnerportal.partner;

/**
 * The details of a partner user to create.
 *
 * @param displayName the person's name
 * @param email the e-mail address the person signs in with, unique across all accounts
 * @param password the initial password, in clear; only its hash is stored
 */
public record NewPartnerUser(String displayName, String email, String password) {

	@Override
	public String toString() {
		return "NewPartnerUser[" + this.email + "]";
	}

}
