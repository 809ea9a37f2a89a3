package com.partnerportal.partner.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import com.partnerportal.partner.Partner;

/**
 * Serialises changes to one partner's users: the "last enabled Global admin" rule counts
 * rows, and two Global admins disabling each other at the same moment must not both pass
 * the count.
 */
public interface PartnerLocks extends Repository<Partner, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Partner p where p.id = :id")
	Optional<Partner> lockById(Long id);

}
