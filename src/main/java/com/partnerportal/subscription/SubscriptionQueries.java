package com.partnerportal.subscription;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.subscription.SubscriptionView.Addon;

/**
 * The read side of the subscription pages. A customer's subscriptions and all their
 * add-ons take two queries whatever their number, with the services, offers and partners'
 * names joined in rather than fetched one by one.
 */
@Service
@Transactional(readOnly = true)
public class SubscriptionQueries {

	private static final String VIEW = "select s.id, s.serviceId, cs.name, s.offerName, s.seats, o.minSeats, o.maxSeats, s.status,"
			+ " s.partnerOfRecordId, por.name, s.supportContactPartnerId, sc.name, s.version"
			+ " from Subscription s join CloudService cs on cs.id = s.serviceId"
			+ " left join Offer o on o.serviceId = s.serviceId and o.name = s.offerName"
			+ " left join Partner por on por.id = s.partnerOfRecordId"
			+ " left join Partner sc on sc.id = s.supportContactPartnerId where s.customerId = :customerId";

	private static final String ADDONS = "select s.id, a.name, a.quantity from Subscription s join s.addons a"
			+ " where s.customerId = :customerId";

	private final EntityManager entityManager;

	private final CustomerPartners customerPartners;

	SubscriptionQueries(EntityManager entityManager, CustomerPartners customerPartners) {
		this.entityManager = entityManager;
		this.customerPartners = customerPartners;
	}

	/**
	 * @param partnerId the signed-in partner
	 * @param customerId a customer
	 * @return every subscription of the customer, whoever sold it, or empty if the
	 * customer is not an active customer of the partner
	 */
	public Optional<CustomerSubscriptions> forPartner(Long partnerId, Long customerId) {
		return this.customerPartners.activeCustomerName(partnerId, customerId)
			.map((name) -> new CustomerSubscriptions(customerId, name, ofCustomer(customerId)));
	}

	/**
	 * @param customerId a customer
	 * @return its subscriptions, oldest first
	 */
	public List<SubscriptionView> ofCustomer(Long customerId) {
		List<Row> rows = this.entityManager.createQuery(VIEW + " order by s.id", Row.class)
			.setParameter("customerId", customerId)
			.getResultList();
		Map<Long, List<Addon>> addons = this.entityManager.createQuery(ADDONS + " order by a.name", AddonRow.class)
			.setParameter("customerId", customerId)
			.getResultStream()
			.collect(Collectors.groupingBy(AddonRow::subscriptionId,
					Collectors.mapping((row) -> new Addon(row.name(), row.quantity()), Collectors.toList())));
		return rows.stream().map((row) -> row.toView(addons.getOrDefault(row.id(), List.of()))).toList();
	}

	/**
	 * @param customerId a customer
	 * @param subscriptionId one of its subscriptions
	 * @return the subscription, or empty if the customer has no such subscription
	 */
	Optional<SubscriptionView> one(Long customerId, Long subscriptionId) {
		Optional<Row> row = this.entityManager.createQuery(VIEW + " and s.id = :id", Row.class)
			.setParameter("customerId", customerId)
			.setParameter("id", subscriptionId)
			.getResultStream()
			.findFirst();
		return row.map((found) -> found
			.toView(this.entityManager.createQuery(ADDONS + " and s.id = :id order by a.name", AddonRow.class)
				.setParameter("customerId", customerId)
				.setParameter("id", subscriptionId)
				.getResultStream()
				.map((addon) -> new Addon(addon.name(), addon.quantity()))
				.toList()));
	}

	record Row(Long id, Long serviceId, String serviceName, String offerName, int seats, @Nullable Integer minSeats,
			@Nullable Integer maxSeats, SubscriptionStatus status, @Nullable Long partnerOfRecordId,
			@Nullable String partnerOfRecordName, @Nullable Long supportContactId, @Nullable String supportContactName,
			long version) {

		SubscriptionView toView(List<Addon> addons) {
			return new SubscriptionView(this.id, this.serviceId, this.serviceName, this.offerName, this.seats,
					this.minSeats, this.maxSeats, this.status, this.partnerOfRecordId, this.partnerOfRecordName,
					this.supportContactId, this.supportContactName, this.version, List.copyOf(addons));
		}

	}

	record AddonRow(Long subscriptionId, String name, int quantity) {
	}

	/**
	 * A customer's subscriptions as one of its partners sees them.
	 *
	 * @param customerId the customer
	 * @param customerName its name
	 * @param subscriptions all its subscriptions, oldest first
	 */
	public record CustomerSubscriptions(Long customerId, String customerName, List<SubscriptionView> subscriptions) {
	}

}
