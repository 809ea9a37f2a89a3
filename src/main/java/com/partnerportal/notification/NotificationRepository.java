package com.partnerportal.notification;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface NotificationRepository extends Repository<Notification, Long> {

	Notification save(Notification notification);

	boolean existsByEventKeyAndRecipientId(String eventKey, Long recipientId);

	Optional<Notification> findByIdAndRecipientId(Long id, Long recipientId);

	Page<Notification> findByRecipientIdOrderByOccurredAtDescIdDesc(Long recipientId, Pageable page);

	@Modifying
	@Query("update Notification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
	int markAllRead(Long recipientId, Instant now);

	@Modifying
	@Query("delete from Notification n where n.readAt < :before")
	int deleteReadBefore(Instant before);

}
