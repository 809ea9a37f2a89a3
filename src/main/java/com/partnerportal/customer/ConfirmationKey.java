package com.partnerportal.customer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret in a registration's confirmation link: 128 random bits. Only its SHA-256
 * hash is stored, which is enough to find the registration again and, the key being
 * random, nothing to guess from.
 *
 * @param value the key as it appears in the link, base64url without padding
 */
record ConfirmationKey(String value) {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22}");

	static ConfirmationKey random() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return new ConfirmationKey(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/**
	 * @param text a key from a URL
	 * @return the key, or empty when it cannot be one, so that no lookup is made
	 */
	static Optional<ConfirmationKey> parse(String text) {
		return FORMAT.matcher(text).matches() ? Optional.of(new ConfirmationKey(text)) : Optional.empty();
	}

	String hash() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(this.value.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	@Override
	public String toString() {
		// Keeps the secret out of logs.
		return "ConfirmationKey[…]";
	}

}
