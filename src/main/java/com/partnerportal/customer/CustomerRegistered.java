package com.partnerportal.customer;

import com.partnerportal.account.Actor;

/**
 * A customer organisation registered itself, and its first user became its Global admin.
 *
 * @param customerId the new customer
 * @param customerName its company name
 * @param domain its domain
 * @param userId the first Global admin's account
 * @param email the first Global admin's e-mail address
 * @param actor that Global admin, who registered the organisation
 */
public record CustomerRegistered(Long customerId, String customerName, String domain, Long userId, String email,
		Actor actor) {
}
