package com.partnerportal.mail.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import com.partnerportal.mail.OutgoingMail;

public interface OutgoingMailRepository extends Repository<OutgoingMail, Long> {

	OutgoingMail save(OutgoingMail mail);

	Optional<OutgoingMail> findById(Long id);

	Page<OutgoingMail> findAllByOrderByCreatedAtDescIdDesc(Pageable page);

	/**
	 * Reads a message and locks its row until the transaction ends, so that two
	 * deliveries of one message at once (a resubmission on another instance) take turns,
	 * and the second finds it delivered.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from OutgoingMail m where m.id = :id")
	Optional<OutgoingMail> lockById(Long id);

}
