package com.partnerportal.passwordreset;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PasswordResetRepository extends Repository<PasswordReset, Long> {

	PasswordReset save(PasswordReset reset);

	Optional<PasswordReset> findByKeyHash(String keyHash);

	/**
	 * Locks the link's row, so that two uses of one link at once take turns and the
	 * second finds it used.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from PasswordReset r where r.keyHash = :keyHash")
	Optional<PasswordReset> lockByKeyHash(String keyHash);

}
