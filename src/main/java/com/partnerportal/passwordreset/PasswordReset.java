package com.partnerportal.passwordreset;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import com.partnerportal.shared.LinkKey;

/**
 * A password reset link mailed to an account's address. It works once, and for
 * {@link PasswordResetProperties#validity()} after it was asked for.
 */
@Entity
@Table(name = "password_reset")
class PasswordReset {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String keyHash;

	private Long accountId;

	private Instant createdAt;

	private Instant expiresAt;

	private @Nullable Instant usedAt;

	@Version
	private long version;

	protected PasswordReset() {
	}

	PasswordReset(LinkKey key, Long accountId, Instant createdAt, Duration validity) {
		this.keyHash = key.hash();
		this.accountId = accountId;
		this.createdAt = createdAt;
		this.expiresAt = createdAt.plus(validity);
	}

	/**
	 * @param now the current time
	 * @throws ResetRefusedException if the link was used or has expired
	 */
	void requireUsableAt(Instant now) {
		if (this.usedAt != null) {
			throw new ResetRefusedException(ResetRefusal.USED);
		}
		if (!now.isBefore(this.expiresAt)) {
			throw new ResetRefusedException(ResetRefusal.EXPIRED);
		}
	}

	/**
	 * Uses the link up.
	 * @param now the current time
	 * @throws ResetRefusedException if the link was used or has expired
	 */
	void use(Instant now) {
		requireUsableAt(now);
		this.usedAt = now;
	}

	Long getAccountId() {
		return this.accountId;
	}

}
