package com.partnerportal.security;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import com.partnerportal.account.AccountRole;
import com.partnerportal.account.CustomerRole;
import com.partnerportal.account.PartnerRole;

/**
 * The names Spring Security checks roles by, derived from {@link PartnerRole} and
 * {@link CustomerRole}: the one place where a role becomes a name. The URL rules ask for
 * the authorities of the roles a rule of the enums allows, so that they follow the enums
 * and no rule is written twice. Each account has one authority, that of its role.
 */
final class Authorities {

	private static final String PREFIX = "ROLE_";

	static final String PLATFORM_ADMIN = PREFIX + "PLATFORM_ADMIN";

	private Authorities() {
	}

	/**
	 * @param role what an account is in the portal
	 * @return the account's authorities
	 */
	static List<GrantedAuthority> of(AccountRole role) {
		PartnerRole partnerRole = role.partnerRole();
		CustomerRole customerRole = role.customerRole();
		String authority = (partnerRole != null) ? of(partnerRole)
				: (customerRole != null) ? of(customerRole) : PLATFORM_ADMIN;
		return List.of(new SimpleGrantedAuthority(authority));
	}

	/**
	 * @param rule a rule of {@link PartnerRole}, such as
	 * {@code PartnerRole::managesRelationships}
	 * @return the authorities of the partner roles the rule allows
	 */
	static String[] partnerRoles(Predicate<PartnerRole> rule) {
		return PartnerRole.allowedTo(rule).stream().map(Authorities::of).toArray(String[]::new);
	}

	/**
	 * @return the authorities of every partner role
	 */
	static String[] anyPartnerRole() {
		return partnerRoles((role) -> true);
	}

	/**
	 * @return the authorities of every customer role
	 */
	static String[] anyCustomerRole() {
		return Arrays.stream(CustomerRole.values()).map(Authorities::of).toArray(String[]::new);
	}

	private static String of(PartnerRole role) {
		return PREFIX + "PARTNER_" + role.name();
	}

	private static String of(CustomerRole role) {
		return PREFIX + "CUSTOMER_" + role.name();
	}

}
