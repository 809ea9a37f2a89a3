package com.partnerportal.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import com.partnerportal.account.Actor;
import com.partnerportal.account.UserAccount;

/**
 * The signed-in user as the session keeps it. Controllers take the organisation id from
 * here, never from the request, which is what keeps one partner or customer out of
 * another's data.
 */
public final class PortalUser implements UserDetails, CredentialsContainer, Serializable {

	private static final long serialVersionUID = 1L;

	private final Long userId;

	private final String email;

	private @Nullable String passwordHash;

	private final String displayName;

	private final @Nullable Long organisationId;

	private final String organisationName;

	private final Set<String> roles;

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
		this.roles = Set.copyOf(account.roles());
		this.enabled = account.isEnabled();
		this.timeZone = account.getTimeZone();
		this.locale = account.getLocale();
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

	public boolean hasRole(String role) {
		return this.roles.contains(role);
	}

	/**
	 * @return the partner this user works for
	 * @throws IllegalStateException if this is not a partner user; the URL rules keep
	 * others out before
	 */
	public Long partnerId() {
		return organisationOf("PARTNER");
	}

	/**
	 * @return the customer this user works for
	 * @throws IllegalStateException if this is not a customer user; the URL rules keep
	 * others out before
	 */
	public Long customerId() {
		return organisationOf("CUSTOMER");
	}

	private Long organisationOf(String role) {
		if (!hasRole(role) || this.organisationId == null) {
			throw new IllegalStateException("User " + this.userId + " is not a " + role.toLowerCase() + " user");
		}
		return this.organisationId;
	}

	/**
	 * @return this user as the author of a change
	 */
	public Actor actor() {
		return new Actor(this.userId, this.displayName, this.organisationName);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map((role) -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
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
