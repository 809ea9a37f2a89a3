package com.partnerportal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.partnerportal.account.UserAccount;

/**
 * Limits failed attempts per e-mail address typed and per client address, for any form
 * that a guesser could use: sign-in, and public registration. Attempts are stored in the
 * database, so that all instances of the portal share the count.
 * <p>
 * An attempt is reserved before what was typed is checked: its row is inserted and
 * committed first, and only then are the rows of the window counted, in-flight
 * reservations included. The k-th reservation to commit therefore counts at least k rows,
 * so that however many requests arrive at once, on however many instances, no more than
 * the limit are ever let through to the check, and no lock is held while it runs. Each
 * step is a transaction of its own, committed at once whatever transaction the caller is
 * in, as the count is only right about rows that are committed.
 * <p>
 * The e-mail address is counted whether or not an account has it, so that being refused
 * tells nothing about which addresses exist, and only a SHA-256 hash of it is stored.
 */
@Service
public class AttemptThrottle {

	private static final Logger log = LoggerFactory.getLogger(AttemptThrottle.class);

	private static final int MAX_LOGGED_LENGTH = 254;

	private static final int MAX_ADDRESS_LENGTH = 64;

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	AttemptThrottle(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Reserves an attempt before what was typed is checked.
	 * @param limits the purpose and its limits
	 * @param subject the e-mail address typed, as received; compared ignoring case and
	 * surrounding spaces
	 * @param clientAddress the address the attempt comes from
	 * @return the attempt; if it is {@linkplain Attempt#refused() refused}, nothing may
	 * be checked, otherwise its outcome must be reported
	 */
	public Attempt reserve(AttemptLimits limits, String subject, String clientAddress) {
		String subjectKey = subjectKey(subject);
		String address = address(clientAddress);
		Instant now = this.clock.instant();
		long id = inOwnTransaction(() -> {
			KeyHolder key = new GeneratedKeyHolder();
			this.jdbc
				.sql("insert into throttled_attempt (purpose, subject_key, client_address, attempted_at)"
						+ " values (?, ?, ?, ?)")
				.params(limits.purpose().name(), subjectKey, address, utc(now))
				.update(key, "id");
			return Objects.requireNonNull(key.getKeyAs(Long.class));
		});
		Attempt attempt = new Attempt(this, limits, subjectKey, address, id);
		boolean overLimit = inOwnTransaction(
				() -> countsSince(attempt, now, limits.maxFailuresPerSubject(), limits.maxFailuresPerAddress()));
		if (overLimit) {
			// Not counted: refusals must not lengthen the refusal.
			inOwnTransaction(() -> forget(id));
			return new Attempt(this, limits, subjectKey, address, null);
		}
		return attempt;
	}

	boolean failed(Attempt attempt, String typedSubject) {
		AttemptLimits limits = attempt.limits();
		Instant now = this.clock.instant();
		boolean refusedFromNowOn = inOwnTransaction(() -> {
			this.jdbc.sql("delete from throttled_attempt where purpose = ? and attempted_at <= ?")
				.params(limits.purpose().name(), utc(now.minus(limits.window())))
				.update();
			return countsSince(attempt, now, limits.maxFailuresPerSubject() - 1, limits.maxFailuresPerAddress() - 1);
		});
		if (refusedFromNowOn) {
			log.warn("{} refused for {} after repeated failures for e-mail address '{}' from {}",
					limits.purpose().logName(), limits.window(), loggable(typedSubject), attempt.clientAddress());
		}
		return refusedFromNowOn;
	}

	void withdrawn(Attempt attempt) {
		inOwnTransaction(() -> forget(attempt.id()));
	}

	void succeeded(Attempt attempt) {
		inOwnTransaction(() -> {
			forget(attempt.id());
			return this.jdbc
				.sql("update throttled_attempt set subject_key = null where purpose = ? and subject_key = ?")
				.params(attempt.limits().purpose().name(), attempt.subjectKey())
				.update();
		});
	}

	private int forget(long id) {
		return this.jdbc.sql("delete from throttled_attempt where id = ?").param(id).update();
	}

	/**
	 * @return whether the attempts of the window, this one included, are more than either
	 * maximum for the attempt's e-mail address or its client address
	 */
	private boolean countsSince(Attempt attempt, Instant now, int maxForSubject, int maxForAddress) {
		OffsetDateTime since = utc(now.minus(attempt.limits().window()));
		String purpose = attempt.limits().purpose().name();
		return count("subject_key", attempt.subjectKey(), purpose, since) > maxForSubject
				|| count("client_address", attempt.clientAddress(), purpose, since) > maxForAddress;
	}

	private long count(String column, String value, String purpose, OffsetDateTime since) {
		return this.jdbc
			.sql("select count(*) from throttled_attempt where " + column + " = ? and purpose = ? and attempted_at > ?")
			.params(value, purpose, since)
			.query(Long.class)
			.single();
	}

	private <T> T inOwnTransaction(java.util.function.Supplier<T> work) {
		return Objects.requireNonNull(this.ownTransaction.execute((status) -> work.get()));
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static String subjectKey(String subject) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(UserAccount.normalizeEmail(subject).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static String address(String clientAddress) {
		return (clientAddress.length() > MAX_ADDRESS_LENGTH) ? clientAddress.substring(0, MAX_ADDRESS_LENGTH)
				: clientAddress;
	}

	/**
	 * @return the e-mail address typed, cut short and without control characters, so that
	 * it cannot forge lines in the log
	 */
	private static String loggable(String email) {
		String cut = (email.length() > MAX_LOGGED_LENGTH) ? email.substring(0, MAX_LOGGED_LENGTH) : email;
		return cut.replaceAll("\\p{Cntrl}", "?");
	}

}
