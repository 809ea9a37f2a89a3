package com.partnerportal.customer.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import com.partnerportal.customer.PendingRegistration;

public interface PendingRegistrationRepository extends Repository<PendingRegistration, Long> {

	PendingRegistration save(PendingRegistration registration);

	Optional<PendingRegistration> findByKeyHash(String keyHash);

	/**
	 * Locks the registration, so that a link followed twice at once creates one
	 * organisation and tells the second that it was used.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from PendingRegistration r where r.keyHash = :keyHash")
	Optional<PendingRegistration> lockByKeyHash(String keyHash);

}
