package com.partnerportal.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * An account is exactly one of a partner user, a customer user or a platform admin.
 */
class AccountRoleTests {

	@Test
	void partnerWhenBuiltThenOnlyAPartnerWithItsRole() {
		AccountRole agent = AccountRole.partner(PartnerRole.ADMIN_AGENT);

		assertThat(agent.isPartner()).isTrue();
		assertThat(agent.isCustomer()).isFalse();
		assertThat(agent.isPlatformAdmin()).isFalse();
		assertThat(agent.partnerRole()).isEqualTo(PartnerRole.ADMIN_AGENT);
		assertThat(agent.customerRole()).isNull();
	}

	@Test
	void customerWhenBuiltThenOnlyACustomerWithItsRole() {
		AccountRole user = AccountRole.customer(CustomerRole.USER);

		assertThat(user.isCustomer()).isTrue();
		assertThat(user.isPartner()).isFalse();
		assertThat(user.isPlatformAdmin()).isFalse();
		assertThat(user.customerRole()).isEqualTo(CustomerRole.USER);
	}

	@Test
	void platformAdminWhenBuiltThenNeitherPartnerNorCustomer() {
		AccountRole admin = AccountRole.platformAdmin();

		assertThat(admin.isPlatformAdmin()).isTrue();
		assertThat(admin.isPartner()).isFalse();
		assertThat(admin.isCustomer()).isFalse();
	}

	@Test
	void constructorWhenBothAPartnerAndACustomerRoleThenRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AccountRole(PartnerRole.GLOBAL_ADMIN, CustomerRole.GLOBAL_ADMIN));
	}

}
