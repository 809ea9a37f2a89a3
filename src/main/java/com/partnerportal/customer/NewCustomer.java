package com.partnerportal.customer;

import com.partnerportal.shared.Cloud;

/**
 * What somebody registering an organisation gives: the organisation and its first Global
 * admin.
 *
 * @param companyName the organisation's name
 * @param domain the organisation's domain, as typed
 * @param country the ISO 3166 code of the organisation's country
 * @param cloud the cloud the organisation is created in
 * @param adminName the first Global admin's name
 * @param email the first Global admin's e-mail address, as typed
 * @param password the chosen password
 * @param passwordConfirmation the password typed a second time
 */
public record NewCustomer(String companyName, String domain, String country, Cloud cloud, String adminName,
		String email, String password, String passwordConfirmation) {

	@Override
	public String toString() {
		// Keeps the password out of logs and error reports.
		return "NewCustomer[" + this.companyName + ", " + this.domain + "]";
	}

}
