package com.partnerportal.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The secret in a link the portal mails (a registration's confirmation, a password
 * reset): random bytes in base64url without padding. Only its SHA-256 hash is stored,
 * which is enough to find what the link stands for again and, the key being random,
 * nothing to guess from: a copy of the database opens no link.
 *
 * @param value the key as it appears in the link
 */
public record LinkKey(String value) {

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * @param bytes how many random bytes the key carries
	 * @return a new key
	 */
	public static LinkKey random(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return new LinkKey(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
	}

	/**
	 * @param text a key from a URL
	 * @param bytes how many random bytes a key of this kind carries
	 * @return the key, or empty when it cannot be one, so that no lookup is made
	 */
	public static Optional<LinkKey> parse(String text, int bytes) {
		int length = (bytes * 8 + 5) / 6;
		return (text.length() == length && text.chars().allMatch(LinkKey::isBase64Url)) ? Optional.of(new LinkKey(text))
				: Optional.empty();
	}

	private static boolean isBase64Url(int c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
	}

	/**
	 * @return the key's SHA-256 hash in hexadecimal, as stored
	 */
	public String hash() {
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
		return "LinkKey[…]";
	}

}
