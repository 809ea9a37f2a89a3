package com.partnerportal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.account.UserAccount;

/**
 * Counts failed sign-ins per e-mail address typed and per client address, in the database
 * so that all instances of the portal share the count, and refuses further attempts once
 * either passes its limit. The e-mail address is counted whether or not an account has
 * it, so that being refused tells nothing about which addresses exist.
 */
@Service
@Transactional
class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	private static final int MAX_LOGGED_LENGTH = 254;

	private static final int MAX_ADDRESS_LENGTH = 64;

	private final JdbcClient jdbc;

	private final SignInThrottleProperties properties;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, SignInThrottleProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @param email the e-mail address typed, as received
	 * @param clientAddress the address the attempt comes from
	 * @return whether this attempt must be refused without checking the password
	 */
	@Transactional(readOnly = true)
	boolean refuses(String email, String clientAddress) {
		return limitReached(accountKey(email), address(clientAddress), since());
	}

	/**
	 * Records a failed attempt and, when it is the one that reaches a limit, logs a
	 * warning naming the account and the address.
	 * @param email the e-mail address typed, as received
	 * @param clientAddress the address the attempt comes from
	 * @return whether further attempts are refused from now on
	 */
	boolean failed(String email, String clientAddress) {
		Instant now = this.clock.instant();
		OffsetDateTime since = since();
		this.jdbc.sql("delete from sign_in_failure where failed_at <= ?").param(since).update();
		String account = accountKey(email);
		String address = address(clientAddress);
		this.jdbc.sql("insert into sign_in_failure (account_key, client_address, failed_at) values (?, ?, ?)")
			.params(account, address, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		boolean refused = limitReached(account, address, since);
		if (refused) {
			log.warn("Sign-in refused for {} after repeated failures for e-mail address '{}' from {}",
					this.properties.window(), loggable(email), address);
		}
		return refused;
	}

	/**
	 * Forgets the failures for an account once its password was given correctly. Those of
	 * the client address stay, so that signing in to one's own account does not reset the
	 * count of guesses at others.
	 * @param email the e-mail address signed in with
	 */
	void succeeded(String email) {
		this.jdbc.sql("update sign_in_failure set account_key = null where account_key = ?")
			.param(accountKey(email))
			.update();
	}

	private boolean limitReached(String account, String address, OffsetDateTime since) {
		return count("account_key", account, since) >= this.properties.maxFailuresPerAccount()
				|| count("client_address", address, since) >= this.properties.maxFailuresPerAddress();
	}

	private long count(String column, String value, OffsetDateTime since) {
		return this.jdbc.sql("select count(*) from sign_in_failure where " + column + " = ? and failed_at > ?")
			.params(value, since)
			.query(Long.class)
			.single();
	}

	private OffsetDateTime since() {
		return OffsetDateTime.ofInstant(this.clock.instant().minus(this.properties.window()), ZoneOffset.UTC);
	}

	private static String accountKey(String email) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(UserAccount.normalizeEmail(email).getBytes(StandardCharsets.UTF_8));
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
