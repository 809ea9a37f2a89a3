package com.partnerportal.subscription;

import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.account.PartnerRole;
import com.partnerportal.partner.Partner;
import com.partnerportal.partner.PartnerActor;
import com.partnerportal.partner.PartnerRepository;
import com.partnerportal.shared.NotFoundException;
import com.partnerportal.subscription.internal.AddonOfferRepository;
import com.partnerportal.subscription.internal.OfferRepository;
import com.partnerportal.subscription.internal.SubscriptionRepository;

/**
 * The partner of record's operations on its customers' subscriptions, and its Helpdesk
 * agents' designation of support contacts. Who may do what is the matrix of
 * {@link SubscriptionOperation}; this service enforces it.
 * <p>
 * Every operation runs the same steps: find the subscription within one of the partner's
 * active customers (otherwise 404, so that nobody learns another partner's ids), refuse
 * unless the user's partner is the subscription's partner of record and the user's role
 * permits the operation, refuse a form shown before someone else changed the
 * subscription, let the {@link Subscription} aggregate apply its rules, and publish one
 * event with the old and new values, whose listeners write in the same transaction. A
 * refusal for the user's role, partner or the subscription's status is published too: the
 * transaction does not roll back for a {@link SubscriptionRefusedException}, and because
 * the aggregate checks everything before it changes anything, what the refusal's
 * listeners write is all such a transaction commits. A refused value (seats outside the
 * offer, an add-on it does not sell) is bad input that the form corrects, and writes
 * nothing.
 */
@Service
@Transactional(noRollbackFor = SubscriptionRefusedException.class)
public class SubscriptionOperations {

	private final SubscriptionRepository subscriptions;

	private final OfferRepository offers;

	private final AddonOfferRepository addonOffers;

	private final SubscriptionQueries queries;

	private final CustomerPartners customerPartners;

	private final PartnerRepository partners;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final EntityManager entityManager;

	SubscriptionOperations(SubscriptionRepository subscriptions, OfferRepository offers,
			AddonOfferRepository addonOffers, SubscriptionQueries queries, CustomerPartners customerPartners,
			PartnerRepository partners, ApplicationEventPublisher events, Clock clock, EntityManager entityManager) {
		this.subscriptions = subscriptions;
		this.entityManager = entityManager;
		this.offers = offers;
		this.addonOffers = addonOffers;
		this.queries = queries;
		this.customerPartners = customerPartners;
		this.partners = partners;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What an operation's form shows. Checks who may open it, but records nothing:
	 * opening a form changes nothing.
	 * @param user the partner user acting
	 * @param customerId one of the partner's customers
	 * @param subscriptionId one of that customer's subscriptions
	 * @param operation the operation
	 * @return the subscription and the values to choose from
	 * @throws NotFoundException if the customer is not an active customer of the user's
	 * partner or has no such subscription
	 * @throws SubscriptionRefusedException if the user's partner is not the partner of
	 * record, or the user's role may not perform the operation
	 */
	@Transactional(readOnly = true)
	public OperationChoices choices(PartnerActor user, Long customerId, Long subscriptionId,
			SubscriptionOperation operation) {
		String customerName = customerName(user, customerId);
		SubscriptionView subscription = this.queries.one(customerId, subscriptionId)
			.orElseThrow(() -> notFound(subscriptionId));
		authorize(user, subscription.partnerOfRecordId(), subscription::partnerOfRecordName, operation);
		List<Offer> offers = (operation != SubscriptionOperation.CHANGE_OFFER) ? List.of()
				: this.offers.findByServiceIdOrderBySortOrder(subscription.serviceId())
					.stream()
					.filter((offer) -> !offer.getName().equals(subscription.offerName()))
					.toList();
		List<AddonOffer> addons = (operation != SubscriptionOperation.ORDER_ADDON) ? List.of()
				: this.addonOffers.findByServiceIdOrderBySortOrder(subscription.serviceId());
		List<PartnerCandidate> partners = switch (operation) {
			case CHANGE_PARTNER_OF_RECORD -> this.customerPartners.related(customerId)
				.stream()
				.filter((candidate) -> candidate.mayResell() && !subscription.isPartnerOfRecord(candidate.id()))
				.toList();
			case DESIGNATE_SUPPORT_CONTACT -> this.customerPartners.related(customerId);
			default -> List.of();
		};
		return new OperationChoices(customerName, subscription, offers, addons, partners);
	}

	/**
	 * @param user the partner user acting
	 * @param customerId one of the partner's customers
	 * @param subscriptionId one of that customer's subscriptions
	 * @param version the subscription's version the form was shown with
	 * @param count how many seats to add, at least one
	 * @return what was done
	 * @throws NotFoundException if the subscription is not one of the partner's
	 * customers'
	 * @throws SubscriptionRefusedException if a rule refuses it (recorded)
	 * @throws SubscriptionChangedException if someone changed the subscription meanwhile,
	 * or at the same moment
	 */
	public OperationResult addSeats(PartnerActor user, Long customerId, Long subscriptionId, long version, int count) {
		return perform(user, customerId, subscriptionId, version, SubscriptionOperation.ADD_SEATS,
				(subscription, parties) -> {
					int before = subscription.getSeats();
					subscription.addSeats(count, offerOf(subscription));
					return seatsChanged(subscription, parties, before);
				});
	}

	/**
	 * Checks a removal of seats for the confirmation step, changing and recording
	 * nothing.
	 * @return the seats the subscription would be left with
	 * @see #removeSeats
	 */
	@Transactional(readOnly = true)
	public int previewRemoveSeats(PartnerActor user, Long customerId, Long subscriptionId, long version, int count) {
		return check(user, customerId, subscriptionId, version, SubscriptionOperation.REMOVE_SEATS,
				(subscription) -> subscription.seatsAfterRemoving(count, offerOf(subscription)));
	}

	/**
	 * @param count how many seats to remove, at least one
	 * @return what was done
	 * @see #addSeats for the other parameters and the exceptions
	 */
	public OperationResult removeSeats(PartnerActor user, Long customerId, Long subscriptionId, long version,
			int count) {
		return perform(user, customerId, subscriptionId, version, SubscriptionOperation.REMOVE_SEATS,
				(subscription, parties) -> {
					int before = subscription.getSeats();
					subscription.removeSeats(count, offerOf(subscription));
					return seatsChanged(subscription, parties, before);
				});
	}

	/**
	 * @param addonId an add-on sold for the subscription's service
	 * @param quantity for how many seats, at least one
	 * @return what was done
	 * @see #addSeats for the other parameters and the exceptions
	 */
	public OperationResult orderAddon(PartnerActor user, Long customerId, Long subscriptionId, long version,
			Long addonId, int quantity) {
		return perform(user, customerId, subscriptionId, version, SubscriptionOperation.ORDER_ADDON,
				(subscription, parties) -> {
					AddonOffer addon = this.addonOffers.findById(addonId)
						.orElseThrow(() -> new SubscriptionRefusedException(SubscriptionRefusal.ADDON_NOT_AVAILABLE,
								subscription.getOfferName()));
					int before = subscription.addon(addon.getName()).map(SubscriptionAddon::getQuantity).orElse(0);
					SubscriptionAddon ordered = subscription.orderAddon(addon, quantity, this.clock.instant(),
							user.userId());
					return new OperationResult(subscription.getOfferName(), addon.getName(),
							new SubscriptionAddonOrdered(parties, subscription.getId(), subscription.getOfferName(),
									addon.getName(), before, ordered.getQuantity()));
				});
	}

	/**
	 * @param offerId another offer of the subscription's service
	 * @return what was done
	 * @see #addSeats for the other parameters and the exceptions
	 */
	public OperationResult changeOffer(PartnerActor user, Long customerId, Long subscriptionId, long version,
			Long offerId) {
		return perform(user, customerId, subscriptionId, version, SubscriptionOperation.CHANGE_OFFER,
				(subscription, parties) -> {
					Offer offer = this.offers.findById(offerId)
						.orElseThrow(() -> new SubscriptionRefusedException(SubscriptionRefusal.OFFER_NOT_AVAILABLE,
								subscription.getOfferName()));
					String before = subscription.getOfferName();
					subscription.changeOffer(offer);
					return new OperationResult(subscription.getOfferName(), offer.getName(),
							new SubscriptionOfferChanged(parties, subscription.getId(), before,
									subscription.getOfferName()));
				});
	}

	/**
	 * Checks a change of partner of record for the confirmation step, changing and
	 * recording nothing.
	 * @return the partner that would become partner of record
	 * @see #changePartnerOfRecord
	 */
	@Transactional(readOnly = true)
	public PartnerCandidate previewPartnerOfRecord(PartnerActor user, Long customerId, Long subscriptionId,
			long version, Long partnerId) {
		return check(user, customerId, subscriptionId, version, SubscriptionOperation.CHANGE_PARTNER_OF_RECORD,
				(subscription) -> {
					PartnerCandidate candidate = candidate(partnerId, customerId);
					subscription.checkPartnerOfRecord(candidate);
					return candidate;
				});
	}

	/**
	 * Hands the subscription to another CSP partner with an active relationship with the
	 * customer. The user's partner loses every operation on it.
	 * @param partnerId the new partner of record
	 * @return what was done
	 * @throws NotFoundException also if the partner has no active relationship with the
	 * customer
	 * @see #addSeats for the other parameters and the exceptions
	 */
	public OperationResult changePartnerOfRecord(PartnerActor user, Long customerId, Long subscriptionId, long version,
			Long partnerId) {
		return perform(user, customerId, subscriptionId, version, SubscriptionOperation.CHANGE_PARTNER_OF_RECORD,
				(subscription, parties) -> {
					PartnerCandidate candidate = candidate(partnerId, customerId);
					// Only the partner of record gets this far: the user's own partner.
					Long before = user.partnerId();
					String beforeName = partnerName(before);
					subscription.changePartnerOfRecord(candidate);
					return new OperationResult(subscription.getOfferName(), candidate.name(),
							new SubscriptionPartnerOfRecordChanged(parties, subscription.getId(),
									subscription.getOfferName(), before, beforeName, candidate.id(), candidate.name(),
									this.clock.instant()));
				});
	}

	/**
	 * @param partnerId the partner of record itself, or another partner with an active
	 * relationship with the customer
	 * @return what was done
	 * @throws NotFoundException also if the partner has no active relationship with the
	 * customer
	 * @see #addSeats for the other parameters and the exceptions
	 */
	public OperationResult designateSupportContact(PartnerActor user, Long customerId, Long subscriptionId,
			long version, Long partnerId) {
		return perform(user, customerId, subscriptionId, version, SubscriptionOperation.DESIGNATE_SUPPORT_CONTACT,
				(subscription, parties) -> {
					PartnerCandidate candidate = candidate(partnerId, customerId);
					Long before = subscription.getSupportContactPartnerId();
					String beforeName = partnerName(before);
					subscription.designateSupportContact(candidate);
					return new OperationResult(subscription.getOfferName(), candidate.name(),
							new SupportContactDesignated(parties, subscription.getId(), subscription.getOfferName(),
									before, beforeName, candidate.id(), candidate.name(), this.clock.instant()));
				});
	}

	/**
	 * @return what was done
	 * @see #addSeats for the parameters and the exceptions
	 */
	public OperationResult suspend(PartnerActor user, Long customerId, Long subscriptionId, long version) {
		return changeStatus(user, customerId, subscriptionId, version, SubscriptionOperation.SUSPEND,
				Subscription::suspend);
	}

	/**
	 * @return what was done
	 * @see #addSeats for the parameters and the exceptions
	 */
	public OperationResult reactivate(PartnerActor user, Long customerId, Long subscriptionId, long version) {
		return changeStatus(user, customerId, subscriptionId, version, SubscriptionOperation.REACTIVATE,
				Subscription::reactivate);
	}

	/**
	 * @return what was done
	 * @see #addSeats for the parameters and the exceptions
	 */
	public OperationResult cancel(PartnerActor user, Long customerId, Long subscriptionId, long version) {
		return changeStatus(user, customerId, subscriptionId, version, SubscriptionOperation.CANCEL,
				Subscription::cancel);
	}

	private OperationResult changeStatus(PartnerActor user, Long customerId, Long subscriptionId, long version,
			SubscriptionOperation operation, Consumer<Subscription> change) {
		return perform(user, customerId, subscriptionId, version, operation, (subscription, parties) -> {
			SubscriptionStatus before = subscription.getStatus();
			change.accept(subscription);
			return new OperationResult(subscription.getOfferName(), subscription.getStatus().name(),
					new SubscriptionStatusChanged(parties, subscription.getId(), subscription.getOfferName(), before,
							subscription.getStatus()));
		});
	}

	private OperationResult perform(PartnerActor user, Long customerId, Long subscriptionId, long version,
			SubscriptionOperation operation, BiFunction<Subscription, SubscriptionParties, OperationResult> change) {
		SubscriptionParties parties = new SubscriptionParties(user.actor(), user.partnerId(), user.organisationName(),
				customerId, customerName(user, customerId));
		Subscription subscription = find(customerId, subscriptionId);
		try {
			OperationResult result = checked(user, subscription, version, operation,
					(checkedSubscription) -> change.apply(checkedSubscription, parties));
			this.events.publishEvent(result.event());
			// Written now, so that the database refuses a change made at the same moment
			// inside this call, not at commit: the subscription's version, or the unique
			// name of an add-on ordered twice at once (Hibernate inserts before it
			// updates, so that index speaks first).
			this.subscriptions.flush();
			// Every change raises the version, also one that only alters an add-on's
			// quantity (a row of its own, which Hibernate would not count as a change of
			// the subscription): a form sent again, or at the same moment, with the old
			// version is then refused as changed meanwhile instead of applied twice. The
			// increment is written at once, as the last step, rather than at commit.
			this.entityManager.lock(subscription, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
			return result;
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException | OptimisticLockException ex) {
			throw new SubscriptionChangedException(subscriptionId, ex);
		}
		catch (SubscriptionRefusedException ex) {
			if (ex.getRefusal().isInput()) {
				// A value the form lets the user correct (too many seats, an add-on the
				// offer lacks) is bad input, not an attempt worth an audit entry: the
				// form says why and nothing at all is written.
				throw ex;
			}
			this.events.publishEvent(new SubscriptionOperationRefused(parties, subscription.getId(),
					subscription.getOfferName(), operation, ex.getRefusal()));
			throw ex;
		}
	}

	private <T> T check(PartnerActor user, Long customerId, Long subscriptionId, long version,
			SubscriptionOperation operation, Function<Subscription, T> check) {
		customerName(user, customerId);
		return checked(user, find(customerId, subscriptionId), version, operation, check);
	}

	private <T> T checked(PartnerActor user, Subscription subscription, long version, SubscriptionOperation operation,
			Function<Subscription, T> action) {
		authorize(user, subscription.getPartnerOfRecordId(), () -> partnerName(subscription.getPartnerOfRecordId()),
				operation);
		if (subscription.getVersion() != version) {
			throw new SubscriptionChangedException(subscription.getId(), version, subscription.getVersion());
		}
		return action.apply(subscription);
	}

	/**
	 * Only the partner of record is billed for a subscription and may change it; within
	 * it, only the roles the operation names.
	 */
	private static void authorize(PartnerActor user, @Nullable Long partnerOfRecordId,
			Supplier<@Nullable String> partnerOfRecordName, SubscriptionOperation operation) {
		MessageSourceResolvable verb = operation.verb();
		if (partnerOfRecordId == null) {
			throw new SubscriptionRefusedException(SubscriptionRefusal.BOUGHT_DIRECTLY, verb);
		}
		if (!partnerOfRecordId.equals(user.partnerId())) {
			throw new SubscriptionRefusedException(SubscriptionRefusal.NOT_PARTNER_OF_RECORD,
					String.valueOf(partnerOfRecordName.get()), verb);
		}
		PartnerRole role = user.role();
		if (!operation.permits(role)) {
			throw new SubscriptionRefusedException(SubscriptionRefusal.ROLE_NOT_ALLOWED,
					new DefaultMessageSourceResolvable("subscriptions.role." + role), verb,
					new DefaultMessageSourceResolvable("subscriptions.allowedRoles." + operation));
		}
	}

	private String customerName(PartnerActor user, Long customerId) {
		return this.customerPartners.activeCustomerName(user.partnerId(), customerId)
			.orElseThrow(() -> new NotFoundException("No customer " + customerId + " for this partner"));
	}

	private Subscription find(Long customerId, Long subscriptionId) {
		return this.subscriptions.findByIdAndCustomerId(subscriptionId, customerId)
			.orElseThrow(() -> notFound(subscriptionId));
	}

	private Offer offerOf(Subscription subscription) {
		return this.offers.findByServiceIdAndName(subscription.getServiceId(), subscription.getOfferName())
			.orElseThrow(() -> new SubscriptionRefusedException(SubscriptionRefusal.OFFER_UNKNOWN,
					subscription.getOfferName()));
	}

	private PartnerCandidate candidate(Long partnerId, Long customerId) {
		return this.customerPartners.candidate(partnerId, customerId)
			.orElseThrow(() -> new NotFoundException("No partner " + partnerId));
	}

	private String partnerName(@Nullable Long partnerId) {
		if (partnerId == null) {
			return "none";
		}
		return this.partners.findById(partnerId).map(Partner::getName).orElse("partner " + partnerId);
	}

	private static OperationResult seatsChanged(Subscription subscription, SubscriptionParties parties, int before) {
		return new OperationResult(subscription.getOfferName(), String.valueOf(subscription.getSeats()),
				new SubscriptionSeatsChanged(parties, subscription.getId(), subscription.getOfferName(), before,
						subscription.getSeats()));
	}

	private static NotFoundException notFound(Long subscriptionId) {
		return new NotFoundException("No subscription " + subscriptionId + " for this customer");
	}

}
