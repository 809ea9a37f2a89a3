package com.partnerportal.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.partnerportal.account.Addressee;
import com.partnerportal.account.PartnerRole;
import com.partnerportal.customer.CustomerUserDirectory;
import com.partnerportal.invitation.InvitationAccepted;
import com.partnerportal.invitation.InvitationDeclined;
import com.partnerportal.invitation.InvitationLinkRotated;
import com.partnerportal.partner.PartnerUserCreated;
import com.partnerportal.partner.PartnerUserDirectory;
import com.partnerportal.partner.PartnerUserDisabled;
import com.partnerportal.partner.PartnerUserRoleChanged;
import com.partnerportal.relationship.DelegatedAdminMoved;
import com.partnerportal.relationship.DelegatedAdminRemoved;
import com.partnerportal.relationship.RelationshipEnded;
import com.partnerportal.subscription.SubscriptionParties;
import com.partnerportal.subscription.SubscriptionPartnerOfRecordChanged;
import com.partnerportal.subscription.SupportContactDesignated;

/**
 * Who is told what. Each listener runs after the change has committed, on another thread
 * and in a transaction of its own, so that telling people never fails nor delays the
 * change itself. A partner is told through its Global admins and Admin agents (the roles
 * that manage relationships), a customer through its Global admins; the invitation link
 * concerns only the partner's Global admins, who alone may replace it; a user change
 * concerns the user and the Global admins who manage the partner's users.
 * <p>
 * The event publication registry records each event with the change that published it, so
 * a notification interrupted by a crash or a failure is resubmitted until it is written;
 * its unique key makes a resubmitted event tell nobody twice.
 */
@Component
class NotificationListeners {

	static final String PARTNER_CUSTOMERS = "/partner/customers";

	static final String CUSTOMER_RELATIONSHIPS = "/customer/partner-relationships";

	static final String CUSTOMER_SUBSCRIPTIONS = "/customer/subscriptions";

	static final String PARTNER_USERS = "/partner/users";

	static final String INVITATION_LINK = "/partner/relationship-requests/link/rotate";

	private final Notifier notifier;

	private final PartnerUserDirectory partnerUsers;

	private final CustomerUserDirectory customerUsers;

	NotificationListeners(Notifier notifier, PartnerUserDirectory partnerUsers, CustomerUserDirectory customerUsers) {
		this.notifier = notifier;
		this.partnerUsers = partnerUsers;
		this.customerUsers = customerUsers;
	}

	@ApplicationModuleListener
	void on(InvitationAccepted event) {
		NotificationFacts facts = NotificationFacts.of(NotificationKind.INVITATION_ACCEPTED, event.occurredAt())
			.variant(event.delegatedAdmin() ? "delegatedAdmin" : null)
			.parties(event.partnerName(), event.customerName())
			.actor(event.actor().name());
		this.notifier.tell(event, facts, PARTNER_CUSTOMERS, relationshipManagers(event.partnerId()));
	}

	@ApplicationModuleListener
	void on(InvitationDeclined event) {
		NotificationFacts facts = NotificationFacts.of(NotificationKind.INVITATION_DECLINED, event.occurredAt())
			.parties(event.partnerName(), event.customerName())
			.actor(event.actor().name());
		this.notifier.tell(event, facts, PARTNER_CUSTOMERS, relationshipManagers(event.partnerId()));
	}

	@ApplicationModuleListener
	void on(DelegatedAdminRemoved event) {
		NotificationFacts facts = NotificationFacts.of(NotificationKind.DELEGATED_ADMIN_REMOVED, event.occurredAt())
			.parties(event.partnerName(), event.customerName())
			.subject(event.service().name())
			.actor(event.actor().name());
		this.notifier.tell(event, facts, PARTNER_CUSTOMERS, relationshipManagers(event.partnerId()));
	}

	/**
	 * Each of the two relationships publishes the move; the partner taking over is told
	 * by the acceptance that moved it, so only the partner that lost it is told here.
	 */
	@ApplicationModuleListener
	void on(DelegatedAdminMoved event) {
		if (!event.partnerId().equals(event.fromPartnerId())) {
			return;
		}
		NotificationFacts facts = NotificationFacts.of(NotificationKind.DELEGATED_ADMIN_MOVED, event.occurredAt())
			.parties(event.fromPartnerName(), event.customerName())
			.subject(event.service().name())
			.change(event.fromPartnerName(), event.toPartnerName())
			.actor(event.actor().name());
		this.notifier.tell(event, facts, PARTNER_CUSTOMERS, relationshipManagers(event.fromPartnerId()));
	}

	@ApplicationModuleListener
	void on(RelationshipEnded event) {
		NotificationFacts facts = NotificationFacts.of(NotificationKind.RELATIONSHIP_ENDED, event.occurredAt())
			.parties(event.partnerName(), event.customerName())
			.actor(event.actor().name());
		this.notifier.tell(event, facts, CUSTOMER_RELATIONSHIPS, this.customerUsers.globalAdmins(event.customerId()));
	}

	@ApplicationModuleListener
	void on(InvitationLinkRotated event) {
		NotificationFacts facts = NotificationFacts
			.of(NotificationKind.INVITATION_LINK_ROTATED, event.newLinkCreatedAt())
			.parties(event.partnerName(), null)
			.actor(event.actor().name());
		this.notifier.tell(event, facts, INVITATION_LINK,
				this.partnerUsers.enabledUsers(event.partnerId(), PartnerRole::replacesInvitationLink));
	}

	@ApplicationModuleListener
	void on(SupportContactDesignated event) {
		SubscriptionParties parties = event.parties();
		NotificationFacts facts = NotificationFacts.of(NotificationKind.SUPPORT_CONTACT_CHANGED, event.occurredAt())
			.variant((event.oldPartnerId() == null) ? "first" : null)
			.parties(parties.partnerName(), parties.customerName())
			.subject(event.offerName())
			.change((event.oldPartnerId() == null) ? null : event.oldPartnerName(), event.newPartnerName())
			.actor(parties.actor().name());
		tellSubscriptionParties(event, facts, parties, event.oldPartnerId(), event.newPartnerId());
	}

	@ApplicationModuleListener
	void on(SubscriptionPartnerOfRecordChanged event) {
		SubscriptionParties parties = event.parties();
		NotificationFacts facts = NotificationFacts.of(NotificationKind.PARTNER_OF_RECORD_CHANGED, event.occurredAt())
			.parties(parties.partnerName(), parties.customerName())
			.subject(event.offerName())
			.change(event.oldPartnerName(), event.newPartnerName())
			.actor(parties.actor().name());
		tellSubscriptionParties(event, facts, parties, event.oldPartnerId(), event.newPartnerId());
	}

	@ApplicationModuleListener
	void on(PartnerUserCreated event) {
		NotificationFacts facts = NotificationFacts.of(NotificationKind.USER_ADDED, event.occurredAt())
			.parties(event.partnerName(), null)
			.subject(event.email())
			.change(null, event.role().name())
			.actor(event.actor().name());
		tellUserAndAdmins(event, facts, event.partnerId(), event.userId());
	}

	@ApplicationModuleListener
	void on(PartnerUserRoleChanged event) {
		NotificationFacts facts = NotificationFacts.of(NotificationKind.USER_ROLE_CHANGED, event.occurredAt())
			.parties(event.partnerName(), null)
			.subject(event.email())
			.change(event.oldRole().name(), event.newRole().name())
			.actor(event.actor().name());
		tellUserAndAdmins(event, facts, event.partnerId(), event.userId());
	}

	@ApplicationModuleListener
	void on(PartnerUserDisabled event) {
		NotificationFacts facts = NotificationFacts.of(NotificationKind.USER_DISABLED, event.occurredAt())
			.parties(event.partnerName(), null)
			.subject(event.email())
			.actor(event.actor().name());
		tellUserAndAdmins(event, facts, event.partnerId(), event.userId());
	}

	private void tellSubscriptionParties(Object event, NotificationFacts facts, SubscriptionParties parties,
			@Nullable Long oldPartnerId, Long newPartnerId) {
		this.notifier.tell(event, facts, CUSTOMER_SUBSCRIPTIONS, this.customerUsers.globalAdmins(parties.customerId()));
		Set<Long> partners = new LinkedHashSet<>(List.of(parties.partnerId(), newPartnerId));
		if (oldPartnerId != null) {
			partners.add(oldPartnerId);
		}
		List<Addressee> partnerPeople = new ArrayList<>();
		partners.forEach((partnerId) -> partnerPeople.addAll(relationshipManagers(partnerId)));
		this.notifier.tell(event, facts, PARTNER_CUSTOMERS + "/" + parties.customerId() + "/subscriptions",
				partnerPeople);
	}

	/**
	 * The user is told first, so that a Global admin who is also the user gets the user's
	 * notification; a disabled user can no longer sign in but still gets the mail.
	 */
	private void tellUserAndAdmins(Object event, NotificationFacts facts, Long partnerId, Long userId) {
		this.partnerUsers.user(partnerId, userId)
			.ifPresent((user) -> this.notifier.tell(event, facts, null, List.of(user)));
		this.notifier.tell(event, facts, PARTNER_USERS,
				this.partnerUsers.enabledUsers(partnerId, PartnerRole::managesUsers));
	}

	private List<Addressee> relationshipManagers(Long partnerId) {
		return this.partnerUsers.enabledUsers(partnerId, PartnerRole::managesRelationships);
	}

}
