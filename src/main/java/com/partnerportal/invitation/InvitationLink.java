package com.partnerportal.invitation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import com.partnerportal.partner.Partner;

/**
 * A partner's personal invitation link. One link serves every customer; it carries no
 * customer data, only a random public key naming the link, whether delegated admin is
 * asked for, and a MAC over both made with a secret that never leaves the database.
 * Changing any character, or turning a link without delegated admin into one with it,
 * breaks the MAC.
 */
@Entity
public class InvitationLink {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final int MAC_BYTES = 16;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "partner_id")
	private Partner partner;

	private String linkKey;

	private String secret;

	private Instant createdAt;

	private @Nullable Long createdBy;

	@Version
	private long version;

	protected InvitationLink() {
	}

	InvitationLink(Partner partner, Instant now, @Nullable Long createdBy) {
		this.partner = partner;
		this.createdAt = now;
		this.createdBy = createdBy;
		this.linkKey = randomText(16);
		this.secret = randomText(32);
	}

	/**
	 * Replaces the key and secret, so that every token issued before stops working.
	 * @param now when
	 * @param userId who asked for it
	 * @return the key and secret replaced, to be kept so that the old tokens can still be
	 * recognised as this link's
	 */
	RetiredInvitationLink rotate(Instant now, Long userId) {
		RetiredInvitationLink retired = new RetiredInvitationLink(this.partner, this.linkKey, this.secret, now);
		this.linkKey = randomText(16);
		this.secret = randomText(32);
		this.createdAt = now;
		this.createdBy = userId;
		return retired;
	}

	/**
	 * @param delegatedAdmin whether the invitation asks for delegated admin
	 * @return the token that goes into the link's URL
	 */
	String token(boolean delegatedAdmin) {
		return token(this.linkKey, this.secret, delegatedAdmin);
	}

	/**
	 * @param token a token from a URL, possibly tampered with
	 * @return whether the token asks for delegated admin, or empty if this link did not
	 * issue it
	 */
	Optional<Boolean> verify(String token) {
		return verify(this.linkKey, this.secret, token);
	}

	/**
	 * Checks a token against a link's key and secret, the current ones or those of a link
	 * that was replaced.
	 * @param linkKey the link's public key
	 * @param secret the link's secret
	 * @param token a token from a URL, possibly tampered with
	 * @return whether the token asks for delegated admin, or empty if the key and secret
	 * did not issue it
	 */
	static Optional<Boolean> verify(String linkKey, String secret, String token) {
		for (boolean delegatedAdmin : new boolean[] { true, false }) {
			byte[] expected = token(linkKey, secret, delegatedAdmin).getBytes(StandardCharsets.US_ASCII);
			if (MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII))) {
				return Optional.of(delegatedAdmin);
			}
		}
		return Optional.empty();
	}

	private static String token(String linkKey, String secret, boolean delegatedAdmin) {
		String signed = linkKey + "." + mode(delegatedAdmin);
		return signed + mac(secret, signed);
	}

	/**
	 * @param token a token from a URL
	 * @return the public key part of the token, used to find the link it claims to come
	 * from
	 */
	static Optional<String> keyOf(String token) {
		int dot = token.indexOf('.');
		return (dot > 0) ? Optional.of(token.substring(0, dot)) : Optional.empty();
	}

	private static char mode(boolean delegatedAdmin) {
		return delegatedAdmin ? 'd' : 'r';
	}

	private static String mac(String secret, String signed) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
			byte[] full = mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII));
			return ENCODER.encodeToString(java.util.Arrays.copyOf(full, MAC_BYTES));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	private static String randomText(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return ENCODER.encodeToString(random);
	}

	public Partner getPartner() {
		return this.partner;
	}

	long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public @Nullable Long getCreatedBy() {
		return this.createdBy;
	}

}
