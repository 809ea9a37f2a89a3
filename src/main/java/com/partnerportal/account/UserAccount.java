package com.partnerportal.account;

import java.time.Instant;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * Somebody who signs in. Partner users, customer users and platform admins share one
 * table so that an e-mail address names exactly one account; each subtype knows its
 * organisation and roles.
 */
@Entity
@Table(name = "user_account")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
public abstract class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String email;

	private String passwordHash;

	private String displayName;

	private boolean enabled = true;

	private @Nullable String locale;

	private @Nullable String timeZone;

	private Instant createdAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	protected UserAccount(String email, String passwordHash, String displayName, Instant createdAt) {
		this.email = normalizeEmail(email);
		this.passwordHash = passwordHash;
		this.displayName = displayName.strip();
		this.createdAt = createdAt;
	}

	/**
	 * E-mail addresses are compared case-insensitively, so they are stored in lower case.
	 * @param email an e-mail address as typed
	 * @return the address as stored
	 */
	public static String normalizeEmail(String email) {
		return email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * @return what this account is in the portal, with its role
	 */
	public abstract AccountRole role();

	/**
	 * @return the id of the partner or customer this account belongs to, {@code null} for
	 * platform admins
	 */
	public abstract @Nullable Long organisationId();

	/**
	 * @return the display name of the organisation this account belongs to
	 */
	public abstract String organisationName();

	public Long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Account is not saved yet");
		}
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public @Nullable String getLocale() {
		return this.locale;
	}

	public @Nullable String getTimeZone() {
		return this.timeZone;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * Replaces the password, as a password reset does.
	 * @param newPasswordHash the new password's hash, as the password encoder wrote it
	 */
	public void changePassword(String newPasswordHash) {
		this.passwordHash = newPasswordHash;
	}

	protected void disable() {
		this.enabled = false;
	}

	public void changePreferences(@Nullable String locale, @Nullable String timeZone) {
		this.locale = locale;
		this.timeZone = timeZone;
	}

}
