package com.partnerportal.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

import com.partnerportal.account.AccountRole;
import com.partnerportal.account.CustomerRole;
import com.partnerportal.account.PartnerRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The URL rules' authorities follow the roles' rules: each account has the one authority
 * of its role, and a rule's authorities are exactly those of the roles it allows.
 */
class AuthoritiesTests {

	@Test
	void ofWhenEveryKindOfAccountThenTheOneAuthorityOfItsRole() {
		assertThat(names(AccountRole.partner(PartnerRole.GLOBAL_ADMIN))).containsExactly("ROLE_PARTNER_GLOBAL_ADMIN");
		assertThat(names(AccountRole.partner(PartnerRole.HELPDESK_AGENT)))
			.containsExactly("ROLE_PARTNER_HELPDESK_AGENT");
		assertThat(names(AccountRole.customer(CustomerRole.GLOBAL_ADMIN)))
			.containsExactly("ROLE_CUSTOMER_GLOBAL_ADMIN");
		assertThat(names(AccountRole.customer(CustomerRole.USER))).containsExactly("ROLE_CUSTOMER_USER");
		assertThat(names(AccountRole.platformAdmin())).containsExactly(Authorities.PLATFORM_ADMIN);
	}

	@Test
	void partnerRolesWhenARuleThenTheAuthoritiesOfTheRolesItAllows() {
		assertThat(Authorities.partnerRoles(PartnerRole::managesRelationships))
			.containsExactly("ROLE_PARTNER_GLOBAL_ADMIN", "ROLE_PARTNER_ADMIN_AGENT");
		assertThat(Authorities.partnerRoles(PartnerRole::managesUsers)).containsExactly("ROLE_PARTNER_GLOBAL_ADMIN");
		assertThat(Authorities.partnerRoles(PartnerRole::replacesInvitationLink))
			.containsExactly("ROLE_PARTNER_GLOBAL_ADMIN");
	}

	@Test
	void anyRoleWhenPartnerOrCustomerThenEveryRoleOfThatKindAndNoOther() {
		assertThat(Authorities.anyPartnerRole()).containsExactly("ROLE_PARTNER_GLOBAL_ADMIN",
				"ROLE_PARTNER_ADMIN_AGENT", "ROLE_PARTNER_SALES_AGENT", "ROLE_PARTNER_HELPDESK_AGENT");
		assertThat(Authorities.anyCustomerRole()).containsExactly("ROLE_CUSTOMER_GLOBAL_ADMIN", "ROLE_CUSTOMER_USER");
	}

	private static List<String> names(AccountRole role) {
		return Authorities.of(role).stream().map(GrantedAuthority::getAuthority).toList();
	}

}
