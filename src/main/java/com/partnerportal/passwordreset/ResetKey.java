package com.partnerportal.passwordreset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret in a password reset link: 256 random bits. Only its SHA-256 hash is stored,
 * so a copy of the database resets no password.
 *
 * @param value the key as it appears in the link, base64url without padding
 */
record ResetKey(String value) {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

	static ResetKey random() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return new ResetKey(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/**
	 * @param text a key from a URL
	 * @return the key, or empty when it cannot be one
	 */
	static Optional<ResetKey> parse(String text) {
		return FORMAT.matcher(text).matches() ? Optional.of(new ResetKey(text)) : Optional.empty();
	}

	String hash() {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(this.value.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	@Override
	public String toString() {
		// Keeps the secret out of logs.
		return "ResetKey[…]";
	}

}
