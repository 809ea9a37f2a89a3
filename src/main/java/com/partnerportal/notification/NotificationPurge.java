package com.partnerportal.notification;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes, nightly, the notifications read longer ago than
 * {@code portal.notifications.keep-read-for}; unread ones stay. The job takes a ShedLock
 * lock first, so that of several instances on one database only one purges.
 */
@Component
class NotificationPurge {

	private final Notifications notifications;

	private final Duration keepReadFor;

	NotificationPurge(Notifications notifications,
			@Value("${portal.notifications.keep-read-for}") Duration keepReadFor) {
		this.notifications = notifications;
		this.keepReadFor = keepReadFor;
	}

	@Scheduled(cron = "${portal.notifications.purge-cron}")
	@SchedulerLock(name = "purge-read-notifications", lockAtMostFor = "PT30M")
	void purge() {
		this.notifications.purgeReadOlderThan(this.keepReadFor);
	}

}
