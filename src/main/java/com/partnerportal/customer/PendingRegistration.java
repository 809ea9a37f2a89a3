package com.partnerportal.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import com.partnerportal.shared.Cloud;
import com.partnerportal.shared.LinkKey;

/**
 * A registration waiting for the person to prove the e-mail address by following the link
 * sent there. It claims nothing: the organisation and its account exist only once it is
 * confirmed, so a registration of somebody else's domain blocks nobody.
 */
@Entity
@Table(name = "pending_registration")
public class PendingRegistration {

	/** How long the confirmation link works. */
	public static final Duration VALIDITY = Duration.ofHours(24);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String keyHash;

	private String companyName;

	private String domain;

	private String country;

	@Enumerated(EnumType.STRING)
	private Cloud cloud;

	private String adminName;

	private String email;

	private String passwordHash;

	private String invitationToken;

	private String locale;

	private Instant createdAt;

	private Instant expiresAt;

	private @Nullable Instant usedAt;

	@Version
	private long version;

	protected PendingRegistration() {
	}

	PendingRegistration(LinkKey key, NewCustomer application, String passwordHash, String invitationToken,
			Locale language, Instant createdAt) {
		this.keyHash = key.hash();
		this.companyName = application.companyName().strip();
		this.domain = Customer.normalizeDomain(application.domain());
		this.country = application.country();
		this.cloud = application.cloud();
		this.adminName = application.adminName().strip();
		this.email = com.partnerportal.account.UserAccount.normalizeEmail(application.email());
		this.passwordHash = passwordHash;
		this.invitationToken = invitationToken;
		this.locale = language.toLanguageTag();
		this.createdAt = createdAt;
		this.expiresAt = createdAt.plus(VALIDITY);
	}

	/**
	 * @param now the current time
	 * @return why the link no longer works, or {@code null} if it does
	 */
	@Nullable ConfirmationRefusal refusalAt(Instant now) {
		if (this.usedAt != null) {
			return ConfirmationRefusal.USED;
		}
		if (!now.isBefore(this.expiresAt)) {
			return ConfirmationRefusal.EXPIRED;
		}
		return null;
	}

	void markUsed(Instant now) {
		this.usedAt = now;
	}

	Customer newCustomer(Instant now) {
		return new Customer(this.companyName, this.domain, this.country, this.cloud, now);
	}

	CustomerUser newGlobalAdmin(Customer customer, Instant now) {
		return new CustomerUser(customer, true, this.email, this.passwordHash, this.adminName, now);
	}

	public String getCompanyName() {
		return this.companyName;
	}

	public String getDomain() {
		return this.domain;
	}

	public String getEmail() {
		return this.email;
	}

	String getInvitationToken() {
		return this.invitationToken;
	}

}
