package com.partnerportal.customerlist;

import java.time.Instant;
import java.util.Locale;

import com.partnerportal.shared.Countries;

/**
 * One line of the customer list.
 *
 * @param id the customer's id
 * @param companyName the customer's name
 * @param domain the customer's domain
 * @param country the customer's country code
 * @param since when the partner's relationship with the customer started
 * @param delegatedAdminServices how many services the partner holds delegated admin for
 * @param delegatedAdminApplicable how many services delegated admin applies to
 */
public record CustomerRow(Long id, String companyName, String domain, String country, Instant since,
		long delegatedAdminServices, long delegatedAdminApplicable) {

	public String countryName(Locale locale) {
		return Countries.displayName(this.country, locale);
	}

	public boolean holdsDelegatedAdmin() {
		return this.delegatedAdminServices > 0;
	}

}
