package com.partnerportal.relationship;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.account.Actor;
import com.partnerportal.activity.ActivityAction;
import com.partnerportal.activity.ActivityLog;
import com.partnerportal.activity.ActivityRecord;
import com.partnerportal.catalogue.CloudService;
import com.partnerportal.customer.Customer;
import com.partnerportal.partner.Partner;

/**
 * Moves a customer's delegated admin for one service from the CSP partner holding it to
 * another CSP partner, at the customer's choice. The old partner keeps its relationship.
 * Both histories and the activity log record the move.
 */
@Service
class DelegatedAdminMove {

	private final ResellerRelationshipRepository relationships;

	private final ActivityLog activityLog;

	DelegatedAdminMove(ResellerRelationshipRepository relationships, ActivityLog activityLog) {
		this.relationships = relationships;
		this.activityLog = activityLog;
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
		from.moveDelegatedAdminAway(service.getId(), now, actor.userId());
		// Written now: the new holder's grant would otherwise be inserted before the old
		// one is updated (Hibernate flushes inserts first), and the database's
		// one-CSP-holder-per-service key would refuse it.
		this.relationships.flush();
		to.takeOverDelegatedAdmin(service, now, actor.userId());
		String oldValue = holder(service, from.getPartner());
		String newValue = holder(service, to.getPartner());
		// One entry for each partner, so that each finds the move among its own entries.
		for (Partner partner : new Partner[] { from.getPartner(), to.getPartner() }) {
			this.activityLog.record(ActivityRecord.of(actor, ActivityAction.DELEGATED_ADMIN_MOVED)
				.partner(partner.getId(), partner.getName())
				.customer(customer.getId(), customer.getCompanyName())
				.change(oldValue, newValue));
		}
	}

	private static String holder(CloudService service, Partner partner) {
		return service.getName() + ": " + partner.getName() + " (partner " + partner.getId() + ")";
	}

}
