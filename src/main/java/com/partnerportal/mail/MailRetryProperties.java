package com.partnerportal.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.modulith.events.EventPublication;

/**
 * When work owed after a commit (an incomplete event publication: mail not delivered yet,
 * above all) is handed to its listener again. A publication is first retried once it is
 * {@code firstAfter} old, long after its own delivery should have finished; each later
 * retry waits twice as long as the one before, from the previous retry, up to
 * {@code longestInterval}: with the defaults, 30 s, 1, 2 and 4 minutes, then every 5
 * minutes until it succeeds. A failing mail server is thus not hammered, and a message
 * still arrives within minutes of the server's return.
 *
 * @param firstAfter how old a publication must be before it is retried
 * @param longestInterval the longest wait between two retries
 * @param checkInterval how often the instance holding the lock looks for publications due
 * @param stuckAfter how long a publication may stay handed over without finishing before
 * it is taken for lost (its instance died) and retried
 * @param keepCompletedFor how long completed publications are kept before they are purged
 */
@ConfigurationProperties("portal.mail.retry")
record MailRetryProperties(@DefaultValue("30s") Duration firstAfter, @DefaultValue("5m") Duration longestInterval,
		@DefaultValue("10s") Duration checkInterval, @DefaultValue("15m") Duration stuckAfter,
		@DefaultValue("7d") Duration keepCompletedFor) {

	/**
	 * @param publication an incomplete publication
	 * @param now the current time
	 * @return whether it is time to hand the publication to its listener again
	 */
	boolean due(EventPublication publication, Instant now) {
		int retries = publication.getCompletionAttempts();
		Instant lastTry = Objects.requireNonNullElse(publication.getLastResubmissionDate(),
				publication.getPublicationDate());
		return !now.isBefore(publication.getPublicationDate().plus(this.firstAfter))
				&& !now.isBefore(lastTry.plus(waitAfter(retries)));
	}

	/**
	 * @param retries how often the publication was retried so far
	 * @return how long to wait after the last try before the next one
	 */
	Duration waitAfter(int retries) {
		Duration wait = this.firstAfter;
		for (int i = 0; i < retries && wait.compareTo(this.longestInterval) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.longestInterval) < 0) ? wait : this.longestInterval;
	}

}
