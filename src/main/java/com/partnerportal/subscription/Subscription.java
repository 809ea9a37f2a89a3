package com.partnerportal.subscription;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A customer's subscription to an offer of one catalogue service, with the number of
 * seats (licences) and the partner of record that sold it, if a partner did. Only the
 * partner of record is billed for it and may change it, which is why that partner is a
 * fact of its own, separate from who holds delegated admin.
 * <p>
 * The aggregate guards its state machine (active, suspended, cancelled: reactivate only
 * from suspended; nothing after cancelled) and its seat rules (within the offer's limits,
 * never negative, never below what an add-on covers). Each changing method checks every
 * rule before it changes anything, so a refused operation leaves the subscription as it
 * was. Who may call them (the partner of record, in certain roles) is the service's
 * business: see {@link SubscriptionOperation}.
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

	/*
	 * Owned (not mapped by the add-on), so that a change to the add-ons raises this
	 * subscription's version like any other change.
	 */
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "subscription_id", nullable = false, updatable = false)
	@OrderBy("name")
	private List<SubscriptionAddon> addons = new ArrayList<>();

	@Version
	private long version;

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
	 * @param count how many seats to add, at least one
	 * @param offer the subscription's offer, for its limits
	 * @throws SubscriptionRefusedException if the subscription is not active or the seats
	 * would exceed the offer's maximum
	 */
	public void addSeats(int count, Offer offer) {
		requireApplies(SubscriptionOperation.ADD_SEATS);
		requirePositive(count);
		requireOwnOffer(offer);
		long after = (long) this.seats + count;
		if (!offer.allows(after)) {
			throw new SubscriptionRefusedException(SubscriptionRefusal.SEATS_ABOVE_MAXIMUM, offer.getName(),
					offer.getMaxSeats(), after);
		}
		this.seats = (int) after;
	}

	/**
	 * @param count how many seats to remove, at least one
	 * @param offer the subscription's offer, for its limits
	 * @throws SubscriptionRefusedException if the subscription is not active, has fewer
	 * seats, or would fall below the offer's minimum or below the seats an add-on covers
	 */
	public void removeSeats(int count, Offer offer) {
		this.seats = seatsAfterRemoving(count, offer);
	}

	/**
	 * Checks a removal of seats without making it, for the confirmation step.
	 * @param count how many seats to remove, at least one
	 * @param offer the subscription's offer, for its limits
	 * @return the seats the subscription would have
	 * @throws SubscriptionRefusedException as {@link #removeSeats} would
	 */
	public int seatsAfterRemoving(int count, Offer offer) {
		requireApplies(SubscriptionOperation.REMOVE_SEATS);
		requirePositive(count);
		requireOwnOffer(offer);
		if (count > this.seats) {
			throw new SubscriptionRefusedException(SubscriptionRefusal.NOT_ENOUGH_SEATS, this.seats, count);
		}
		int after = this.seats - count;
		if (!offer.allows(after)) {
			throw new SubscriptionRefusedException(SubscriptionRefusal.SEATS_BELOW_MINIMUM, offer.getName(),
					offer.getMinSeats(), after);
		}
		Optional<SubscriptionAddon> widest = widestAddon();
		if (widest.isPresent() && widest.get().getQuantity() > after) {
			throw new SubscriptionRefusedException(SubscriptionRefusal.SEATS_BELOW_ADDON, widest.get().getName(),
					widest.get().getQuantity(), after);
		}
		return after;
	}

	/**
	 * Orders an add-on for some of the subscription's seats; a further order of an add-on
	 * it has adds to its quantity.
	 * @param addon an add-on sold for the subscription's service
	 * @param quantity for how many seats, at least one
	 * @param now when
	 * @param userId who ordered it
	 * @return the add-on as the subscription now has it
	 * @throws SubscriptionRefusedException if the subscription is not active, the add-on
	 * is not sold for its service, or it would cover more seats than the subscription has
	 */
	public SubscriptionAddon orderAddon(AddonOffer addon, int quantity, Instant now, @Nullable Long userId) {
		requireApplies(SubscriptionOperation.ORDER_ADDON);
		requirePositive(quantity);
		if (!addon.getServiceId().equals(this.serviceId)) {
			throw new SubscriptionRefusedException(SubscriptionRefusal.ADDON_NOT_AVAILABLE, this.offerName);
		}
		Optional<SubscriptionAddon> existing = addon(addon.getName());
		long after = existing.map(SubscriptionAddon::getQuantity).orElse(0) + (long) quantity;
		if (after > this.seats) {
			throw new SubscriptionRefusedException(SubscriptionRefusal.ADDON_ABOVE_SEATS, addon.getName(), after,
					this.seats);
		}
		if (existing.isPresent()) {
			existing.get().add(quantity, now, userId);
			return existing.get();
		}
		SubscriptionAddon ordered = new SubscriptionAddon(addon.getName(), quantity, now, userId);
		this.addons.add(ordered);
		return ordered;
	}

	/**
	 * Transitions the subscription to another offer of the same service, keeping its
	 * seats and add-ons.
	 * @param offer the new offer
	 * @throws SubscriptionRefusedException if the subscription is not active, the offer
	 * is of another service or is the current one, or the seats do not fit its limits
	 */
	public void changeOffer(Offer offer) {
		requireApplies(SubscriptionOperation.CHANGE_OFFER);
		if (!offer.getServiceId().equals(this.serviceId)) {
			throw new SubscriptionRefusedException(SubscriptionRefusal.OFFER_NOT_AVAILABLE, this.offerName);
		}
		if (offer.getName().equals(this.offerName)) {
			throw new SubscriptionRefusedException(SubscriptionRefusal.SAME_OFFER, this.offerName);
		}
		if (!offer.allows(this.seats)) {
			throw new SubscriptionRefusedException(SubscriptionRefusal.SEATS_OUTSIDE_OFFER, offer.getName(),
					offer.getMinSeats(), offer.getMaxSeats(), this.seats);
		}
		this.offerName = offer.getName();
	}

	/**
	 * Hands the subscription, and its billing, to another reseller of the customer. If
	 * the old partner of record was also the support contact (or there was none), the new
	 * one takes that over too; a third partner chosen as support contact stays.
	 * @param candidate the new partner of record
	 * @throws SubscriptionRefusedException if the subscription is cancelled or bought
	 * directly, the candidate is already its partner of record, is not in the CSP
	 * programme, or has no active relationship with the customer
	 */
	public void changePartnerOfRecord(PartnerCandidate candidate) {
		checkPartnerOfRecord(candidate);
		if (this.supportContactPartnerId == null || this.supportContactPartnerId.equals(this.partnerOfRecordId)) {
			this.supportContactPartnerId = candidate.id();
		}
		this.partnerOfRecordId = candidate.id();
	}

	/**
	 * Checks a change of partner of record without making it, for the confirmation step.
	 * @param candidate the new partner of record
	 * @throws SubscriptionRefusedException as {@link #changePartnerOfRecord} would
	 */
	public void checkPartnerOfRecord(PartnerCandidate candidate) {
		requireApplies(SubscriptionOperation.CHANGE_PARTNER_OF_RECORD);
		if (this.partnerOfRecordId == null) {
			throw new SubscriptionRefusedException(SubscriptionRefusal.BOUGHT_DIRECTLY,
					SubscriptionOperation.CHANGE_PARTNER_OF_RECORD.verb());
		}
		if (isPartnerOfRecord(candidate.id())) {
			throw new SubscriptionRefusedException(SubscriptionRefusal.SAME_PARTNER_OF_RECORD, candidate.name());
		}
		if (!candidate.cspMember()) {
			throw new SubscriptionRefusedException(SubscriptionRefusal.PARTNER_NOT_CSP, candidate.name());
		}
		if (!candidate.relatedToCustomer()) {
			throw new SubscriptionRefusedException(SubscriptionRefusal.PARTNER_NOT_RELATED, candidate.name());
		}
	}

	/**
	 * Designates who supports the customer for this subscription: the partner of record
	 * itself, or another partner with an active relationship with the customer.
	 * @param candidate the partner to designate
	 * @throws SubscriptionRefusedException if the subscription is cancelled or bought
	 * directly, the candidate already is the support contact, or is neither the partner
	 * of record nor related to the customer
	 */
	public void designateSupportContact(PartnerCandidate candidate) {
		requireApplies(SubscriptionOperation.DESIGNATE_SUPPORT_CONTACT);
		if (this.partnerOfRecordId == null) {
			throw new SubscriptionRefusedException(SubscriptionRefusal.BOUGHT_DIRECTLY,
					SubscriptionOperation.DESIGNATE_SUPPORT_CONTACT.verb());
		}
		if (candidate.id().equals(this.supportContactPartnerId)) {
			throw new SubscriptionRefusedException(SubscriptionRefusal.SAME_SUPPORT_CONTACT, candidate.name());
		}
		if (!isPartnerOfRecord(candidate.id()) && !candidate.relatedToCustomer()) {
			throw new SubscriptionRefusedException(SubscriptionRefusal.SUPPORT_CONTACT_NOT_RELATED, candidate.name());
		}
		this.supportContactPartnerId = candidate.id();
	}

	/**
	 * Stops the subscription's use and billing until it is reactivated.
	 * @throws SubscriptionRefusedException unless the subscription is active
	 */
	public void suspend() {
		requireApplies(SubscriptionOperation.SUSPEND);
		this.status = SubscriptionStatus.SUSPENDED;
	}

	/**
	 * @throws SubscriptionRefusedException unless the subscription is suspended
	 */
	public void reactivate() {
		requireApplies(SubscriptionOperation.REACTIVATE);
		this.status = SubscriptionStatus.ACTIVE;
	}

	/**
	 * Ends the subscription for good: nothing can be done to it afterwards.
	 * @throws SubscriptionRefusedException if it is already cancelled
	 */
	public void cancel() {
		requireApplies(SubscriptionOperation.CANCEL);
		this.status = SubscriptionStatus.CANCELLED;
	}

	/**
	 * The state machine in one place: which operations each status allows comes from
	 * {@link SubscriptionOperation}, and the refusal says why in the user's terms.
	 * @param operation an operation
	 * @throws SubscriptionRefusedException if the subscription's status does not allow it
	 */
	public void requireApplies(SubscriptionOperation operation) {
		Optional<SubscriptionRefusal> refusal = operation.refusalIn(this.status);
		if (refusal.isPresent()) {
			throw new SubscriptionRefusedException(refusal.get());
		}
	}

	/**
	 * @return the fewest seats the subscription may have because of its add-ons: the
	 * quantity of the add-on that covers the most seats, or zero
	 */
	public int seatsNeededByAddons() {
		return widestAddon().map(SubscriptionAddon::getQuantity).orElse(0);
	}

	/**
	 * @param name an add-on's name
	 * @return the subscription's add-on of that name, if it has one
	 */
	public Optional<SubscriptionAddon> addon(String name) {
		return this.addons.stream().filter((addon) -> addon.getName().equals(name)).findFirst();
	}

	private Optional<SubscriptionAddon> widestAddon() {
		return this.addons.stream().max(Comparator.comparingInt(SubscriptionAddon::getQuantity));
	}

	private void requireOwnOffer(Offer offer) {
		if (!offer.getServiceId().equals(this.serviceId) || !offer.getName().equals(this.offerName)) {
			throw new IllegalArgumentException("Offer " + offer.getName() + " is not this subscription's offer");
		}
	}

	private static void requirePositive(int count) {
		if (count < 1) {
			throw new IllegalArgumentException("Count must be at least one: " + count);
		}
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

	public List<SubscriptionAddon> getAddons() {
		return List.copyOf(this.addons);
	}

	/**
	 * @return the version the last change left, which a form carries so that a change
	 * made meanwhile by someone else is noticed
	 */
	public long getVersion() {
		return this.version;
	}

}
