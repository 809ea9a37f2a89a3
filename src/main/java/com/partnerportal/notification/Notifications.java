package com.partnerportal.notification;

import java.time.Clock;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.shared.NotFoundException;
import com.partnerportal.shared.PageNumbers;

/**
 * A person's own notifications: listed newest first, read one by one or all at once, and
 * forgotten some time after they were read. Every method takes the reader's account and
 * reaches only that account's notifications.
 */
@Service
@Transactional
public class Notifications {

	static final int PAGE_SIZE = 20;

	private final NotificationRepository notifications;

	private final Clock clock;

	Notifications(NotificationRepository notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Page<Notification> page(Long recipientId, int page) {
		return this.notifications.findByRecipientIdOrderByOccurredAtDescIdDesc(recipientId,
				PageRequest.of(PageNumbers.within(page, PAGE_SIZE), PAGE_SIZE));
	}

	/**
	 * Marks one notification read, as its reader opens it.
	 * @param recipientId the reader
	 * @param id the notification
	 * @return the page it concerns, or {@code null} if none
	 * @throws NotFoundException if the reader has no such notification (whether it is
	 * somebody else's or does not exist)
	 */
	@Nullable String open(Long recipientId, Long id) {
		Notification notification = this.notifications.findByIdAndRecipientId(id, recipientId)
			.orElseThrow(() -> new NotFoundException("Notification " + id));
		notification.markRead(this.clock.instant());
		return notification.getLink();
	}

	/**
	 * @param recipientId the reader
	 * @return how many were unread
	 */
	int markAllRead(Long recipientId) {
		return this.notifications.markAllRead(recipientId, this.clock.instant());
	}

	/**
	 * Deletes the notifications read longer ago than the age given; unread ones stay,
	 * however old. Meant to run on a schedule.
	 * @param age how long a read notification is kept
	 * @return how many were deleted
	 */
	public int purgeReadOlderThan(Duration age) {
		return this.notifications.deleteReadBefore(this.clock.instant().minus(age));
	}

}
