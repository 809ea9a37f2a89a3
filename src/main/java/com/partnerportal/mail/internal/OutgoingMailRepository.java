package com.partnerportal.mail.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import com.partnerportal.mail.OutgoingMail;

public interface OutgoingMailRepository extends Repository<OutgoingMail, Long> {

	OutgoingMail save(OutgoingMail mail);

	Optional<OutgoingMail> findById(Long id);

	Page<OutgoingMail> findAllByOrderByCreatedAtDescIdDesc(Pageable page);

	@Modifying
	@Query("update OutgoingMail m set m.sentAt = :sentAt where m.id = :id")
	int markSent(Long id, Instant sentAt);

}
