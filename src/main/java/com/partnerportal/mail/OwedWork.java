package com.partnerportal.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled work on the event publication registry: work owed after a commit that did
 * not complete (mail the SMTP server refused, an instance that died between the commit
 * and the delivery, a restart) is handed to its listener again with a growing delay
 * ({@link MailRetryProperties}), and completed publications are purged after some days.
 * Each job takes a ShedLock lock first, so that of several instances on one database only
 * one runs it at a time; the listeners themselves make a second delivery send nothing.
 */
@Component
class OwedWork {

	private static final Logger logger = LoggerFactory.getLogger(OwedWork.class);

	private final IncompleteEventPublications incomplete;

	private final CompletedEventPublications completed;

	private final JdbcClient jdbc;

	private final MailRetryProperties retry;

	private final Clock clock;

	OwedWork(IncompleteEventPublications incomplete, CompletedEventPublications completed, JdbcClient jdbc,
			MailRetryProperties retry, Clock clock) {
		this.incomplete = incomplete;
		this.completed = completed;
		this.jdbc = jdbc;
		this.retry = retry;
		this.clock = clock;
	}

	/**
	 * Hands every incomplete publication that is due to its listener again. A publication
	 * handed over that never finished, because the instance running it died, is marked
	 * failed first once it is {@code stuckAfter} old, as the registry would otherwise
	 * take it for still running.
	 */
	@Scheduled(initialDelayString = "${portal.mail.retry.check-interval}",
			fixedDelayString = "${portal.mail.retry.check-interval}")
	@SchedulerLock(name = "resubmit-owed-work", lockAtMostFor = "${portal.mail.retry.stuck-after}")
	void resubmit() {
		Instant now = this.clock.instant();
		// Modulith hands over no publication marked RESUBMITTED, taking it for running.
		// Its staleness monitor would measure from the publication date, which for a
		// publication retried for a while is always long past: this measures from the
		// hand-over.
		int lost = this.jdbc
			.sql("update event_publication set status = 'FAILED'"
					+ " where status = 'RESUBMITTED' and last_resubmission_date < ?")
			.param(OffsetDateTime.ofInstant(now.minus(this.retry.stuckAfter()), ZoneOffset.UTC))
			.update();
		if (lost > 0) {
			logger.warn("{} event publications were handed over more than {} ago and never finished; retrying them",
					lost, this.retry.stuckAfter());
		}
		this.incomplete.resubmitIncompletePublications((publication) -> this.retry.due(publication, now));
	}

	/**
	 * Deletes the completed publications older than {@code keepCompletedFor}.
	 */
	@Scheduled(cron = "${portal.mail.retry.purge-cron}")
	@SchedulerLock(name = "purge-completed-work", lockAtMostFor = "PT30M")
	void purgeCompleted() {
		this.completed.deletePublicationsOlderThan(this.retry.keepCompletedFor());
	}

}
