package com.partnerportal.account;

import org.jspecify.annotations.Nullable;

/**
 * An account's password was replaced through a reset link mailed to its address.
 *
 * @param accountId the account
 * @param email its e-mail address
 * @param role what the account is in the portal
 * @param organisationId the partner or customer it belongs to, {@code null} for platform
 * admins
 * @param organisationName that organisation's name
 * @param actor the account itself, which made the change
 */
public record PasswordChanged(Long accountId, String email, AccountRole role, @Nullable Long organisationId,
		String organisationName, Actor actor) {

	/**
	 * @param account the account whose password was replaced
	 * @return the event for it
	 */
	public static PasswordChanged of(UserAccount account) {
		return new PasswordChanged(account.getId(), account.getEmail(), account.role(), account.organisationId(),
				account.organisationName(), Actor.of(account));
	}

}
