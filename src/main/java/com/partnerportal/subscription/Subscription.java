package com.partnerportal.subscription;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A customer's subscription to an offer of one catalogue service, with the number of
 * seats (licences) and the partner of record that sold it, if a partner did. Only the
 * partner of record is billed for it and may change it, which is why that partner is a
 * fact of its own, separate from who holds delegated admin.
 */
@Entity
public class Subscription {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private Long customerId;

	private Long serviceId;

	private String offerName;

	private int seats;

	@Enumerated(EnumType.STRING)
	private SubscriptionStatus status;

	/**
	 * The partner that sold the subscription; {@code null} when the customer bought it
	 * elsewhere (directly or through another channel).
	 */
	private @Nullable Long partnerOfRecordId;

	private @Nullable Long supportContactPartnerId;

	private Instant createdAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Subscription() {
	}

	/**
	 * Starts an active subscription. The partner of record is also the support contact
	 * until it designates another.
	 * @param customerId the customer that owns it
	 * @param serviceId the catalogue service it is for
	 * @param offerName the offer bought
	 * @param seats the number of licences, not negative
	 * @param partnerOfRecordId the partner that sold it, {@code null} if bought elsewhere
	 * @param createdAt when
	 * @throws IllegalArgumentException if seats is negative or the offer name is blank
	 */
	public Subscription(Long customerId, Long serviceId, String offerName, int seats, @Nullable Long partnerOfRecordId,
			Instant createdAt) {
		if (seats < 0) {
			throw new IllegalArgumentException("Seats must not be negative: " + seats);
		}
		if (offerName.isBlank()) {
			throw new IllegalArgumentException("Offer name must not be blank");
		}
		this.customerId = customerId;
		this.serviceId = serviceId;
		this.offerName = offerName.strip();
		this.seats = seats;
		this.status = SubscriptionStatus.ACTIVE;
		this.partnerOfRecordId = partnerOfRecordId;
		this.supportContactPartnerId = partnerOfRecordId;
		this.createdAt = createdAt;
	}

	/**
	 * @param partnerId a partner
	 * @return whether that partner sold this subscription and so may change it
	 */
	public boolean isPartnerOfRecord(Long partnerId) {
		return partnerId.equals(this.partnerOfRecordId);
	}

	/**
	 * @return whether the customer bought it without a partner of record
	 */
	public boolean isBoughtElsewhere() {
		return this.partnerOfRecordId == null;
	}

	/**
	 * @return whether the subscription is in use and billed
	 */
	public boolean isActive() {
		return this.status.isActive();
	}

	public Long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Subscription is not saved yet");
		}
		return this.id;
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public Long getServiceId() {
		return this.serviceId;
	}

	public String getOfferName() {
		return this.offerName;
	}

	public int getSeats() {
		return this.seats;
	}

	public SubscriptionStatus getStatus() {
		return this.status;
	}

	public @Nullable Long getPartnerOfRecordId() {
		return this.partnerOfRecordId;
	}

	public @Nullable Long getSupportContactPartnerId() {
		return this.supportContactPartnerId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
