package com.partnerportal.subscription;

import org.junit.jupiter.api.Test;

import com.partnerportal.account.PartnerRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix and the state machine's table.
 */
class SubscriptionOperationTests {

	@Test
	void permitsWhenGlobalAdminOrAdminAgentThenEveryOperation() {
		for (SubscriptionOperation operation : SubscriptionOperation.values()) {
			assertThat(operation.permits(PartnerRole.GLOBAL_ADMIN)).as(operation.name()).isTrue();
			assertThat(operation.permits(PartnerRole.ADMIN_AGENT)).as(operation.name()).isTrue();
		}
	}

	@Test
	void permitsWhenSalesAgentThenNoOperation() {
		for (SubscriptionOperation operation : SubscriptionOperation.values()) {
			assertThat(operation.permits(PartnerRole.SALES_AGENT)).as(operation.name()).isFalse();
		}
	}

	@Test
	void permitsWhenHelpdeskAgentThenOnlyTheSupportContact() {
		for (SubscriptionOperation operation : SubscriptionOperation.values()) {
			assertThat(operation.permits(PartnerRole.HELPDESK_AGENT)).as(operation.name())
				.isEqualTo(operation == SubscriptionOperation.DESIGNATE_SUPPORT_CONTACT);
		}
	}

	@Test
	void refusalInWhenStatusDoesNotAllowThenSaysWhy() {
		assertThat(SubscriptionOperation.ADD_SEATS.refusalIn(SubscriptionStatus.ACTIVE)).isEmpty();
		assertThat(SubscriptionOperation.ADD_SEATS.refusalIn(SubscriptionStatus.SUSPENDED))
			.contains(SubscriptionRefusal.SUSPENDED);
		assertThat(SubscriptionOperation.SUSPEND.refusalIn(SubscriptionStatus.SUSPENDED))
			.contains(SubscriptionRefusal.ALREADY_SUSPENDED);
		assertThat(SubscriptionOperation.REACTIVATE.refusalIn(SubscriptionStatus.ACTIVE))
			.contains(SubscriptionRefusal.NOT_SUSPENDED);
		assertThat(SubscriptionOperation.REACTIVATE.refusalIn(SubscriptionStatus.SUSPENDED)).isEmpty();
		assertThat(SubscriptionOperation.CANCEL.refusalIn(SubscriptionStatus.SUSPENDED)).isEmpty();
		assertThat(SubscriptionOperation.CHANGE_PARTNER_OF_RECORD.refusalIn(SubscriptionStatus.SUSPENDED)).isEmpty();
		assertThat(SubscriptionOperation.CANCEL.refusalIn(SubscriptionStatus.CANCELLED))
			.contains(SubscriptionRefusal.CANCELLED);
	}

	@Test
	void isDestructiveWhenItTakesSomethingAwayThenConfirmationFirst() {
		assertThat(SubscriptionOperation.values()).filteredOn(SubscriptionOperation::isDestructive)
			.containsExactlyInAnyOrder(SubscriptionOperation.REMOVE_SEATS,
					SubscriptionOperation.CHANGE_PARTNER_OF_RECORD, SubscriptionOperation.SUSPEND,
					SubscriptionOperation.CANCEL);
	}

}
