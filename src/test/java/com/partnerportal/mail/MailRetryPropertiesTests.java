package com.partnerportal.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retry's backoff: a publication is first retried once it is 30 s old, then each wait
 * doubles, from the last retry, up to 5 minutes.
 */
class MailRetryPropertiesTests {

	private static final Instant PUBLISHED = Instant.parse("2026-12-08T09:00:00Z");

	private final MailRetryProperties retry = new MailRetryProperties(Duration.ofSeconds(30), Duration.ofMinutes(5),
			Duration.ofSeconds(10), Duration.ofMinutes(15), Duration.ofDays(7));

	@Test
	void waitAfterWhenRetriedMoreOftenThenDoublesUpToTheLongestInterval() {
		assertThat(this.retry.waitAfter(0)).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.retry.waitAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.retry.waitAfter(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(this.retry.waitAfter(4)).isEqualTo(Duration.ofMinutes(5));
		assertThat(this.retry.waitAfter(1_000)).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void dueWhenYoungerThanTheFirstDelayThenNotYet() {
		assertThat(this.retry.due(publication(0, null), PUBLISHED.plusSeconds(29))).isFalse();
		assertThat(this.retry.due(publication(0, null), PUBLISHED.plusSeconds(30))).isTrue();
	}

	@Test
	void dueWhenRetriedBeforeThenWaitsTheDoubledIntervalFromTheLastRetry() {
		Instant lastRetry = PUBLISHED.plus(Duration.ofMinutes(10));
		EventPublication retriedTwice = publication(2, lastRetry);

		assertThat(this.retry.due(retriedTwice, lastRetry.plus(Duration.ofSeconds(119)))).isFalse();
		assertThat(this.retry.due(retriedTwice, lastRetry.plus(Duration.ofMinutes(2)))).isTrue();
	}

	private static EventPublication publication(int retries, @Nullable Instant lastRetry) {
		return new EventPublication() {

			@Override
			public UUID getIdentifier() {
				return UUID.randomUUID();
			}

			@Override
			public Object getEvent() {
				return new MailQueued(1L);
			}

			@Override
			public Instant getPublicationDate() {
				return PUBLISHED;
			}

			@Override
			public Optional<Instant> getCompletionDate() {
				return Optional.empty();
			}

			@Override
			public Status getStatus() {
				return Status.FAILED;
			}

			@Override
			public @Nullable Instant getLastResubmissionDate() {
				return lastRetry;
			}

			@Override
			public int getCompletionAttempts() {
				return retries;
			}

		};
	}

}
