package com.partnerportal.customer;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * Customer organisations.
 */
public interface CustomerRepository extends Repository<Customer, Long> {

	Optional<Customer> findById(Long id);

	boolean existsByDomain(String domain);

	Customer save(Customer customer);

}
