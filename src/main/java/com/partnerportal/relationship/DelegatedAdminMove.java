package com.partnerportal.relationship;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.account.Actor;
import com.partnerportal.catalogue.CloudService;
import com.partnerportal.customer.Customer;
import com.partnerportal.relationship.internal.ResellerRelationshipRepository;

/**
 * Moves a customer's delegated admin for one service from the CSP partner holding it to
 * another CSP partner, at the customer's choice. The old partner keeps its relationship.
 * Both relationships record the move in their history and publish it.
 */
@Service
class DelegatedAdminMove {

	private final ResellerRelationshipRepository relationships;

	DelegatedAdminMove(ResellerRelationshipRepository relationships) {
		this.relationships = relationships;
	}

	/**
	 * @param from the relationship of the CSP partner holding delegated admin for the
	 * service now
	 * @param to the relationship of the CSP partner that takes it over, with the same
	 * customer
	 * @param service the service
	 * @param now when
	 * @param actor the customer Global admin moving it
	 * @throws IllegalArgumentException if the relationships belong to different customers
	 * @throws IllegalStateException if {@code from} does not hold delegated admin for the
	 * service or {@code to} does
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void move(ResellerRelationship from, ResellerRelationship to, CloudService service, Instant now, Actor actor) {
		Customer customer = to.getCustomer();
		if (!from.getCustomer().getId().equals(customer.getId())) {
			throw new IllegalArgumentException("Delegated admin moves only between one customer's partners");
		}
		from.moveDelegatedAdminAway(service.getId(), to.getPartner(), now, actor);
		// Saving publishes each relationship's event, the old holder's first.
		this.relationships.save(from);
		// Written now: the new holder's grant would otherwise be inserted before the old
		// one is updated (Hibernate flushes inserts first), and the database's
		// one-CSP-holder-per-service key would refuse it.
		this.relationships.flush();
		to.takeOverDelegatedAdmin(service, from.getPartner(), now, actor);
		this.relationships.save(to);
	}

}
