package com.partnerportal.customer;

/**
 * What the confirmation page shows of a registration.
 *
 * @param companyName the organisation's name
 * @param domain its domain
 * @param email the first Global admin's address
 */
public record PendingRegistrationDetails(String companyName, String domain, String email) {

}
