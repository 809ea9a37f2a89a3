package com.partnerportal.customer;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * The users of customer organisations.
 */
public interface CustomerUserRepository extends Repository<CustomerUser, Long> {

	List<CustomerUser> findByCustomerIdOrderByDisplayName(Long customerId);

	List<CustomerUser> findByCustomerIdIn(Collection<Long> customerIds);

	CustomerUser save(CustomerUser user);

}
