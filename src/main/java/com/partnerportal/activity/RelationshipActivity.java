package com.partnerportal.activity;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.partnerportal.account.Actor;
import com.partnerportal.relationship.DelegatedAdminGranted;
import com.partnerportal.relationship.DelegatedAdminMoved;
import com.partnerportal.relationship.DelegatedAdminRemoved;
import com.partnerportal.relationship.DelegatedAdminRestored;
import com.partnerportal.relationship.NamedService;
import com.partnerportal.relationship.RelationshipEnded;
import com.partnerportal.relationship.RelationshipEstablished;
import com.partnerportal.relationship.RelationshipReestablished;
import com.partnerportal.relationship.RelationshipState;
import com.partnerportal.relationship.RelationshipRemovalRefused;

/**
 * Records what happens to reseller relationships and their delegated admin, from the
 * events each relationship publishes with the line of its own history. Listens
 * synchronously, so each entry is written in the transaction of the change it describes.
 */
@Component
class RelationshipActivity {

	private final ActivityLog log;

	RelationshipActivity(ActivityLog log) {
		this.log = log;
	}

	@EventListener
	void on(RelationshipEstablished event) {
		record(ActivityRecord.of(event.actor(), ActivityAction.RELATIONSHIP_ESTABLISHED), event.partnerId(),
				event.partnerName(), event.customerId(), event.customerName(), null, event.relationshipType().name());
	}

	@EventListener
	void on(RelationshipReestablished event) {
		record(ActivityRecord.of(event.actor(), ActivityAction.RELATIONSHIP_REESTABLISHED), event.partnerId(),
				event.partnerName(), event.customerId(), event.customerName(), RelationshipState.ENDED.name(),
				RelationshipState.ACTIVE.name());
	}

	/**
	 * One entry for the relationship, then one for each service whose delegated admin
	 * ended with it. First among the listeners, so that the ending reads before what
	 * other features do about it, such as releasing support contacts.
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void on(RelationshipEnded event) {
		record(ActivityRecord.of(event.actor(), ActivityAction.RELATIONSHIP_REMOVED), event.partnerId(),
				event.partnerName(), event.customerId(), event.customerName(), RelationshipState.ACTIVE.name(),
				RelationshipState.ENDED.name());
		for (NamedService service : event.delegatedAdminEnded()) {
			removed(event.actor(), event.partnerId(), event.partnerName(), event.customerId(), event.customerName(),
					service);
		}
	}

	@EventListener
	void on(DelegatedAdminGranted event) {
		record(ActivityRecord.of(event.actor(), ActivityAction.DELEGATED_ADMIN_GRANTED), event.partnerId(),
				event.partnerName(), event.customerId(), event.customerName(), null, event.service().name());
	}

	@EventListener
	void on(DelegatedAdminRestored event) {
		record(ActivityRecord.of(event.actor(), ActivityAction.DELEGATED_ADMIN_RESTORED), event.partnerId(),
				event.partnerName(), event.customerId(), event.customerName(), null, event.service().name());
	}

	@EventListener
	void on(DelegatedAdminRemoved event) {
		removed(event.actor(), event.partnerId(), event.partnerName(), event.customerId(), event.customerName(),
				event.service());
	}

	/**
	 * Each of the two relationships publishes the move, so each partner finds it among
	 * its own entries.
	 */
	@EventListener
	void on(DelegatedAdminMoved event) {
		String service = event.service().name();
		record(ActivityRecord.of(event.actor(), ActivityAction.DELEGATED_ADMIN_MOVED), event.partnerId(),
				event.partnerName(), event.customerId(), event.customerName(),
				holder(service, event.fromPartnerName(), event.fromPartnerId()),
				holder(service, event.toPartnerName(), event.toPartnerId()));
	}

	@EventListener
	void on(RelationshipRemovalRefused event) {
		ActivityRecord refusal = ActivityRecord.of(event.actor(), ActivityAction.RELATIONSHIP_REMOVAL_REFUSED)
			.partner(event.partnerId(), event.partnerName())
			.change(null, event.reason());
		if (event.customerId() != null && event.customerName() != null) {
			refusal = refusal.customer(event.customerId(), event.customerName());
		}
		this.log.record(refusal);
	}

	private void removed(Actor actor, Long partnerId, String partnerName, Long customerId, String customerName,
			NamedService service) {
		record(ActivityRecord.of(actor, ActivityAction.DELEGATED_ADMIN_REMOVED), partnerId, partnerName, customerId,
				customerName, service.name() + ": delegated admin", "removed");
	}

	private void record(ActivityRecord record, Long partnerId, String partnerName, Long customerId, String customerName,
			@Nullable String oldValue, String newValue) {
		this.log.record(
				record.partner(partnerId, partnerName).customer(customerId, customerName).change(oldValue, newValue));
	}

	private static String holder(String service, String partnerName, Long partnerId) {
		return service + ": " + partnerName + " (partner " + partnerId + ")";
	}

}
