package com.partnerportal.customer;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * Customer organisations.
 */
public interface CustomerRepository extends Repository<Customer, Long> {

	Optional<Customer> findById(Long id);

	/**
	 * Reads the customer and holds its row until the transaction ends, so that answers of
	 * one customer that must not both happen wait for each other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Customer c where c.id = :id")
	Optional<Customer> findLockedById(Long id);

	boolean existsByDomain(String domain);

	Customer save(Customer customer);

}
