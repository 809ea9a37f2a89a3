package com.partnerportal.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.DemoAccounts;
import com.partnerportal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read notifications are forgotten once older than the age given; unread ones stay,
 * however old, as their reader has not seen them yet.
 */
@PortalTest
@Transactional
class NotificationPurgeTests {

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void purgeWhenReadLongerAgoThanTheAgeThenDeletedAndTheOthersStay() {
		Instant now = Instant.now();
		insert("read-long-ago", now.minus(Duration.ofDays(90)), now.minus(Duration.ofDays(40)));
		insert("read-yesterday", now.minus(Duration.ofDays(90)), now.minus(Duration.ofDays(1)));
		insert("never-read", now.minus(Duration.ofDays(400)), null);

		int purged = this.notifications.purgeReadOlderThan(Duration.ofDays(30));

		assertThat(purged).isOne();
		assertThat(this.jdbc.sql("select event_key from notification where event_key like 'purge-%' order by event_key")
			.query(String.class)
			.list()).isEqualTo(List.of("purge-never-read", "purge-read-yesterday"));
	}

	private void insert(String key, Instant occurredAt, @Nullable Instant readAt) {
		this.jdbc
			.sql("insert into notification (event_key, recipient_id, kind, occurred_at, created_at, read_at)"
					+ " select ?, id, 'USER_ADDED', ?, ?, ? from user_account where email = ?")
			.params("purge-" + key, Timestamp.from(occurredAt), Timestamp.from(occurredAt),
					(readAt != null) ? Timestamp.from(readAt) : null, DemoAccounts.FABRIKAM_ADMIN)
			.update();
	}

}
