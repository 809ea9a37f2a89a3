package com.partnerportal.subscription;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import com.partnerportal.relationship.RelationshipState;

/**
 * What the subscription rules need to know of a customer's partners: whether a partner
 * may see the customer's subscriptions at all, and which partners may take a subscription
 * over or support it. Only active relationships count.
 */
@Component
class CustomerPartners {

	private final EntityManager entityManager;

	CustomerPartners(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * @param partnerId a partner
	 * @param customerId a customer
	 * @return the customer's name if it is an active customer of that partner, otherwise
	 * empty: another partner's customer and an unknown id look the same
	 */
	Optional<String> activeCustomerName(Long partnerId, Long customerId) {
		return this.entityManager
			.createQuery(
					"select c.companyName from ResellerRelationship r join r.customer c"
							+ " where r.partner.id = :partnerId and c.id = :customerId and r.state = :active",
					String.class)
			.setParameter("partnerId", partnerId)
			.setParameter("customerId", customerId)
			.setParameter("active", RelationshipState.ACTIVE)
			.getResultStream()
			.findFirst();
	}

	/**
	 * @param customerId a customer
	 * @return every partner with an active relationship with the customer, by name
	 */
	List<PartnerCandidate> related(Long customerId) {
		return this.entityManager
			.createQuery(
					"select p.id, p.name, p.cspMember, true from ResellerRelationship r join r.partner p"
							+ " where r.customer.id = :customerId and r.state = :active order by lower(p.name), p.id",
					PartnerCandidate.class)
			.setParameter("customerId", customerId)
			.setParameter("active", RelationshipState.ACTIVE)
			.getResultList();
	}

	/**
	 * @param partnerId a partner proposed for one of the customer's subscriptions
	 * @param customerId the customer
	 * @return the partner with the facts the rules need, or empty unless it has an active
	 * relationship with the customer: the pages offer no other, so any other id comes
	 * from a forged form, and answering it would tell which partner has that id
	 */
	Optional<PartnerCandidate> candidate(Long partnerId, Long customerId) {
		return related(customerId).stream().filter((candidate) -> candidate.id().equals(partnerId)).findFirst();
	}

}
