package com.partnerportal.account;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * What an account is in the portal: a partner user with its {@link PartnerRole}, a
 * customer user with its {@link CustomerRole}, or a platform admin. Typed, so that the
 * session, the URL rules and the pages never pass roles around as names; only
 * {@code security.Authorities} turns it into the names Spring Security checks.
 *
 * @param partnerRole the role of a partner user, {@code null} for any other account
 * @param customerRole the role of a customer user, {@code null} for any other account
 */
public record AccountRole(@Nullable PartnerRole partnerRole,
		@Nullable CustomerRole customerRole) implements Serializable {

	private static final AccountRole PLATFORM_ADMIN = new AccountRole(null, null);

	public AccountRole {
		if (partnerRole != null && customerRole != null) {
			throw new IllegalArgumentException("An account works for a partner or a customer, not both");
		}
	}

	/**
	 * @param role the user's role at its partner
	 * @return a partner user in that role
	 */
	public static AccountRole partner(PartnerRole role) {
		return new AccountRole(role, null);
	}

	/**
	 * @param role the user's role at its customer
	 * @return a customer user in that role
	 */
	public static AccountRole customer(CustomerRole role) {
		return new AccountRole(null, role);
	}

	/**
	 * @return an operator of the portal
	 */
	public static AccountRole platformAdmin() {
		return PLATFORM_ADMIN;
	}

	public boolean isPartner() {
		return this.partnerRole != null;
	}

	public boolean isCustomer() {
		return this.customerRole != null;
	}

	public boolean isPlatformAdmin() {
		return this.partnerRole == null && this.customerRole == null;
	}

}
