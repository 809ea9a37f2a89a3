package com.partnerportal.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner roles' rules, as the domain states them: Global admins and Admin agents
 * manage relationships and change subscriptions, Helpdesk agents may also designate
 * support contacts, only Global admins manage users and replace the invitation link, and
 * Sales agents only look.
 */
class PartnerRoleTests {

	@Test
	void managesRelationshipsWhenGlobalAdminOrAdminAgentThenTrueOtherwiseFalse() {
		assertThat(PartnerRole.allowedTo(PartnerRole::managesRelationships)).containsExactly(PartnerRole.GLOBAL_ADMIN,
				PartnerRole.ADMIN_AGENT);
		assertThat(PartnerRole.SALES_AGENT.managesRelationships()).isFalse();
		assertThat(PartnerRole.HELPDESK_AGENT.managesRelationships()).isFalse();
	}

	@Test
	void replacesInvitationLinkWhenGlobalAdminOnlyThenTrue() {
		assertThat(PartnerRole.allowedTo(PartnerRole::replacesInvitationLink))
			.containsExactly(PartnerRole.GLOBAL_ADMIN);
		assertThat(PartnerRole.ADMIN_AGENT.replacesInvitationLink()).isFalse();
	}

	@Test
	void managesUsersWhenGlobalAdminOnlyThenTrue() {
		assertThat(PartnerRole.allowedTo(PartnerRole::managesUsers)).containsExactly(PartnerRole.GLOBAL_ADMIN);
		assertThat(PartnerRole.ADMIN_AGENT.managesUsers()).isFalse();
	}

	@Test
	void changesSubscriptionsWhenGlobalAdminOrAdminAgentThenTrueOtherwiseFalse() {
		assertThat(PartnerRole.allowedTo(PartnerRole::changesSubscriptions)).containsExactly(PartnerRole.GLOBAL_ADMIN,
				PartnerRole.ADMIN_AGENT);
		assertThat(PartnerRole.HELPDESK_AGENT.changesSubscriptions()).isFalse();
	}

	@Test
	void designatesSupportContactsWhenAnyRoleButSalesAgentThenTrue() {
		assertThat(PartnerRole.allowedTo(PartnerRole::designatesSupportContacts))
			.containsExactly(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT, PartnerRole.HELPDESK_AGENT);
		assertThat(PartnerRole.SALES_AGENT.designatesSupportContacts()).isFalse();
	}

	@Test
	void salesAgentWhenAskedEveryRuleThenMayDoNothing() {
		PartnerRole sales = PartnerRole.SALES_AGENT;

		assertThat(new boolean[] { sales.managesRelationships(), sales.replacesInvitationLink(), sales.managesUsers(),
				sales.changesSubscriptions(), sales.designatesSupportContacts() })
			.containsOnly(false);
	}

	@Test
	void allowedToWhenTheRuleAllowsNoneOrAllThenEmptyOrEveryRoleInOrder() {
		assertThat(PartnerRole.allowedTo((role) -> false)).isEmpty();
		assertThat(PartnerRole.allowedTo((role) -> true)).containsExactly(PartnerRole.values());
	}

}
