package com.partnerportal.customer;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.account.Addressee;

/**
 * Finds the customer users whom other features tell about a change, so that those
 * features never read the customer's users themselves.
 */
@Service
@Transactional(readOnly = true)
public class CustomerUserDirectory {

	private final CustomerUserRepository users;

	CustomerUserDirectory(CustomerUserRepository users) {
		this.users = users;
	}

	/**
	 * @param customerId a customer
	 * @return its enabled Global admins, who answer for it
	 */
	public List<Addressee> globalAdmins(Long customerId) {
		return this.users.findByCustomerIdOrderByDisplayName(customerId)
			.stream()
			.filter((user) -> user.isEnabled() && user.isGlobalAdmin())
			.map(Addressee::of)
			.toList();
	}

}
