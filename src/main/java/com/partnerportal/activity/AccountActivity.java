package com.partnerportal.activity;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.partnerportal.account.PasswordChanged;

/**
 * Records what people do to their own accounts. Listens synchronously, so each entry is
 * written in the transaction of the change it describes.
 */
@Component
class AccountActivity {

	private final ActivityLog log;

	AccountActivity(ActivityLog log) {
		this.log = log;
	}

	/**
	 * An entry in the log of the account's organisation; a platform admin's reset, which
	 * belongs to no organisation, is in the platform admin's full log only.
	 */
	@EventListener
	void on(PasswordChanged event) {
		ActivityRecord record = ActivityRecord.of(event.actor(), ActivityAction.PASSWORD_RESET)
			.change(null, event.email());
		Long organisationId = event.organisationId();
		if (organisationId != null && event.role().isPartner()) {
			record = record.partner(organisationId, event.organisationName());
		}
		else if (organisationId != null) {
			record = record.customer(organisationId, event.organisationName());
		}
		this.log.record(record);
	}

}
