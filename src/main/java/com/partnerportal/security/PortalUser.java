package com.partnerportal.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.Objects;
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

	/**
	 * The account as {@link CurrentAccounts} reads it for a request, without its
	 * password, which a session never needs.
	 */
	PortalUser(Long userId, String email, String displayName, @Nullable Long organisationId, String organisationName,
			Set<String> roles, boolean enabled, @Nullable String timeZone, @Nullable String locale) {
		this.userId = userId;
		this.email = email;
		this.passwordHash = null;
		this.displayName = displayName;
		this.organisationId = organisationId;
		this.organisationName = organisationName;
		this.roles = Set.copyOf(roles);
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
				&& this.organisationName.equals(other.organisationName) && this.roles.equals(other.roles)
				&& this.enabled == other.enabled && Objects.equals(this.timeZone, other.timeZone)
				&& Objects.equals(this.locale, other.locale);
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
