package com.partnerportal.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import com.partnerportal.account.AccountRole;
import com.partnerportal.account.Actor;
import com.partnerportal.account.CustomerRole;
import com.partnerportal.account.PartnerRole;
import com.partnerportal.account.UserAccount;

/**
 * The signed-in user as the session keeps it. Controllers take the organisation id from
 * here, never from the request, which is what keeps one partner or customer out of
 * another's data. {@link CurrentAccountFilter} replaces it on every request with the
 * account as it is then, so that a role taken away or an account disabled since sign-in
 * counts at once.
 */
public final class PortalUser implements UserDetails, CredentialsContainer, Serializable {

	private static final long serialVersionUID = 1L;

	private final Long userId;

	private final String email;

	private @Nullable String passwordHash;

	private final String displayName;

	private final @Nullable Long organisationId;

	private final String organisationName;

	private final AccountRole role;

	private final boolean enabled;

	private final @Nullable String timeZone;

	private final @Nullable String locale;

	PortalUser(UserAccount account) {
		this.userId = account.getId();
		this.email = account.getEmail();
		this.passwordHash = account.getPasswordHash();
		this.displayName = account.getDisplayName();
		this.organisationId = account.organisationId();
		this.organisationName = account.organisationName();
		this.role = account.role();
		this.enabled = account.isEnabled();
		this.timeZone = account.getTimeZone();
		this.locale = account.getLocale();
	}

	/**
	 * The account as {@link CurrentAccounts} reads it for a request, without its
	 * password, which a session never needs.
	 */
	PortalUser(Long userId, String email, String displayName, @Nullable Long organisationId, String organisationName,
			AccountRole role, boolean enabled, @Nullable String timeZone, @Nullable String locale) {
		this.userId = userId;
		this.email = email;
		this.passwordHash = null;
		this.displayName = displayName;
		this.organisationId = organisationId;
		this.organisationName = organisationName;
		this.role = role;
		this.enabled = enabled;
		this.timeZone = timeZone;
		this.locale = locale;
	}

	public Long userId() {
		return this.userId;
	}

	public String displayName() {
		return this.displayName;
	}

	public String organisationName() {
		return this.organisationName;
	}

	public @Nullable String timeZone() {
		return this.timeZone;
	}

	/**
	 * @return the language tag this user chose, as stored on the account when it signed
	 * in
	 */
	public @Nullable String locale() {
		return this.locale;
	}

	/**
	 * @return what this user is in the portal, with its role
	 */
	public AccountRole role() {
		return this.role;
	}

	/**
	 * @return the role of this partner user, whose rules say what it may do
	 * @throws IllegalStateException if this is not a partner user; the URL rules keep
	 * others out before
	 */
	public PartnerRole partnerRole() {
		PartnerRole partnerRole = this.role.partnerRole();
		if (partnerRole == null) {
			throw notA("partner");
		}
		return partnerRole;
	}

	/**
	 * @return the role of this customer user, whose rules say what it may do
	 * @throws IllegalStateException if this is not a customer user; the URL rules keep
	 * others out before
	 */
	public CustomerRole customerRole() {
		CustomerRole customerRole = this.role.customerRole();
		if (customerRole == null) {
			throw notA("customer");
		}
		return customerRole;
	}

	/**
	 * @return the partner this user works for
	 * @throws IllegalStateException if this is not a partner user; the URL rules keep
	 * others out before
	 */
	public Long partnerId() {
		return organisationIf(this.role.isPartner(), "partner");
	}

	/**
	 * @return the customer this user works for
	 * @throws IllegalStateException if this is not a customer user; the URL rules keep
	 * others out before
	 */
	public Long customerId() {
		return organisationIf(this.role.isCustomer(), "customer");
	}

	private Long organisationIf(boolean worksForOne, String kind) {
		if (!worksForOne || this.organisationId == null) {
			throw notA(kind);
		}
		return this.organisationId;
	}

	private IllegalStateException notA(String kind) {
		return new IllegalStateException("User " + this.userId + " is not a " + kind + " user");
	}

	/**
	 * @return this user as the author of a change
	 */
	public Actor actor() {
		return new Actor(this.userId, this.displayName, this.organisationName);
	}

	/**
	 * @param other the same account as read at another moment
	 * @return whether everything a request acts with (roles, organisation, names, state,
	 * language and time zone) is the same in both; the password is not compared, since
	 * the session's copy has it erased
	 */
	boolean hasSameStateAs(PortalUser other) {
		return this.userId.equals(other.userId) && this.email.equals(other.email)
				&& this.displayName.equals(other.displayName)
				&& Objects.equals(this.organisationId, other.organisationId)
				&& this.organisationName.equals(other.organisationName) && Objects.equals(this.role, other.role)
				&& this.enabled == other.enabled && Objects.equals(this.timeZone, other.timeZone)
				&& Objects.equals(this.locale, other.locale);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return Authorities.of(this.role);
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
