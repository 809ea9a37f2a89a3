package com.partnerportal.activity;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.partnerportal.partner.PartnerCreated;
import com.partnerportal.partner.PartnerUserCreated;
import com.partnerportal.partner.PartnerUserDisabled;
import com.partnerportal.partner.PartnerUserRoleChanged;

/**
 * Records what happens to partner organisations and their users. Listens synchronously,
 * so each entry is written in the transaction of the change it describes.
 */
@Component
class PartnerActivity {

	private final ActivityLog log;

	PartnerActivity(ActivityLog log) {
		this.log = log;
	}

	@EventListener
	void on(PartnerCreated event) {
		this.log.record(ActivityRecord.of(event.actor(), ActivityAction.PARTNER_CREATED)
			.partner(event.partnerId(), event.partnerName())
			.change(null, event.partnerName()));
	}

	@EventListener
	void on(PartnerUserCreated event) {
		this.log.record(ActivityRecord.of(event.actor(), ActivityAction.USER_CREATED)
			.partner(event.partnerId(), event.partnerName())
			.change(null, user(event.email(), event.role().name())));
	}

	@EventListener
	void on(PartnerUserRoleChanged event) {
		this.log.record(ActivityRecord.of(event.actor(), ActivityAction.USER_ROLE_CHANGED)
			.partner(event.partnerId(), event.partnerName())
			.change(user(event.email(), event.oldRole().name()), user(event.email(), event.newRole().name())));
	}

	@EventListener
	void on(PartnerUserDisabled event) {
		this.log.record(ActivityRecord.of(event.actor(), ActivityAction.USER_DISABLED)
			.partner(event.partnerId(), event.partnerName())
			.change(user(event.email(), "enabled"), user(event.email(), "disabled")));
	}

	/**
	 * How an entry names a user and a value of theirs, since it has no column for the
	 * user changed.
	 */
	private static String user(String email, String value) {
		return email + ": " + value;
	}

}
