package com.partnerportal.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer roles' rules: only a Global admin answers invitations and removes
 * delegated admin, and the role is read from the account's stored flag.
 */
class CustomerRoleTests {

	@Test
	void answersInvitationsWhenGlobalAdminThenTrueAndWhenUserThenFalse() {
		assertThat(CustomerRole.GLOBAL_ADMIN.answersInvitations()).isTrue();
		assertThat(CustomerRole.USER.answersInvitations()).isFalse();
	}

	@Test
	void removesDelegatedAdminWhenGlobalAdminThenTrueAndWhenUserThenFalse() {
		assertThat(CustomerRole.GLOBAL_ADMIN.removesDelegatedAdmin()).isTrue();
		assertThat(CustomerRole.USER.removesDelegatedAdmin()).isFalse();
	}

	@Test
	void ofGlobalAdminFlagWhenSetThenGlobalAdminOtherwiseUser() {
		assertThat(CustomerRole.ofGlobalAdminFlag(true)).isEqualTo(CustomerRole.GLOBAL_ADMIN);
		assertThat(CustomerRole.ofGlobalAdminFlag(false)).isEqualTo(CustomerRole.USER);
	}

}
