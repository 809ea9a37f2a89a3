package com.partnerportal.activity;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.partnerportal.account.Actor;
import com.partnerportal.invitation.CustomerAgreementAccepted;
import com.partnerportal.invitation.InvitationAccepted;
import com.partnerportal.invitation.InvitationAcceptanceRefused;
import com.partnerportal.invitation.InvitationDeclined;
import com.partnerportal.invitation.InvitationLinkCreated;
import com.partnerportal.invitation.InvitationLinkRotated;
import com.partnerportal.invitation.InvitationViewed;
import com.partnerportal.invitation.RelationshipRequestRefused;

/**
 * Records invitation links, the customers' answers to them and the attempts refused.
 * Listens synchronously, so each entry is written in the transaction of the change, or of
 * the refusal, it describes.
 */
@Component
class InvitationActivity {

	static final String WITH_DELEGATED_ADMIN = "WITH_DELEGATED_ADMIN";

	static final String WITHOUT_DELEGATED_ADMIN = "WITHOUT_DELEGATED_ADMIN";

	private final ActivityLog log;

	InvitationActivity(ActivityLog log) {
		this.log = log;
	}

	@EventListener
	void on(InvitationLinkCreated event) {
		this.log.record(ActivityRecord.of(event.actor(), ActivityAction.INVITATION_LINK_CREATED)
			.partner(event.partnerId(), event.partnerName()));
	}

	@EventListener
	void on(InvitationLinkRotated event) {
		this.log.record(ActivityRecord.of(event.actor(), ActivityAction.INVITATION_LINK_ROTATED)
			.partner(event.partnerId(), event.partnerName())
			.change(event.replacedLinkCreatedAt().toString(), event.newLinkCreatedAt().toString()));
	}

	/**
	 * Only the variant without delegated admin can be refused for a cloud.
	 */
	@EventListener
	void on(RelationshipRequestRefused event) {
		this.log.record(ActivityRecord.of(event.actor(), ActivityAction.RELATIONSHIP_REQUEST_REFUSED_CLOUD)
			.partner(event.partnerId(), event.partnerName())
			.change(WITHOUT_DELEGATED_ADMIN, event.cloud().name()));
	}

	@EventListener
	void on(InvitationViewed event) {
		answer(ActivityAction.INVITATION_VIEWED, event.partnerId(), event.partnerName(), event.customerId(),
				event.customerName(), event.delegatedAdmin(), event.actor());
	}

	@EventListener
	void on(InvitationAccepted event) {
		answer(ActivityAction.INVITATION_ACCEPTED, event.partnerId(), event.partnerName(), event.customerId(),
				event.customerName(), event.delegatedAdmin(), event.actor());
	}

	@EventListener
	void on(InvitationDeclined event) {
		answer(ActivityAction.INVITATION_DECLINED, event.partnerId(), event.partnerName(), event.customerId(),
				event.customerName(), event.delegatedAdmin(), event.actor());
	}

	@EventListener
	void on(CustomerAgreementAccepted event) {
		this.log.record(ActivityRecord.of(event.actor(), ActivityAction.CUSTOMER_AGREEMENT_ACCEPTED)
			.customer(event.customerId(), event.customerName())
			.change(event.previousVersion(), event.version()));
	}

	@EventListener
	void on(InvitationAcceptanceRefused event) {
		ActivityAction action = switch (event.refusal()) {
			case ROLE -> ActivityAction.ACCEPTANCE_REFUSED_ROLE;
			case CLOUD -> ActivityAction.ACCEPTANCE_REFUSED_CLOUD;
			case TERRITORY -> ActivityAction.ACCEPTANCE_REFUSED_TERRITORY;
		};
		String reason = switch (event.refusal()) {
			case ROLE -> "not a Global admin";
			case CLOUD ->
				"partner in " + event.partnerCloud() + " cloud, customer in " + event.customerCloud() + " cloud";
			case TERRITORY -> "customer in " + event.customerCountry() + ", partner serves " + event.partnerCountry()
					+ " and " + event.partnerRegion();
		};
		this.log.record(ActivityRecord.of(event.actor(), action)
			.partner(event.partnerId(), event.partnerName())
			.customer(event.customerId(), event.customerName())
			.change(mode(event.delegatedAdmin()), reason));
	}

	private void answer(ActivityAction action, Long partnerId, String partnerName, Long customerId, String customerName,
			boolean delegatedAdmin, Actor actor) {
		this.log.record(ActivityRecord.of(actor, action)
			.partner(partnerId, partnerName)
			.customer(customerId, customerName)
			.change(null, mode(delegatedAdmin)));
	}

	private static String mode(boolean delegatedAdmin) {
		return delegatedAdmin ? WITH_DELEGATED_ADMIN : WITHOUT_DELEGATED_ADMIN;
	}

}
