package com.partnerportal.account;

import org.jspecify.annotations.Nullable;

/**
 * Who performs a change, as the activity log and the histories record it.
 *
 * @param userId the account's id, {@code null} for the system itself
 * @param name the person's display name
 * @param organisation the name of the person's organisation
 */
public record Actor(@Nullable Long userId, String name, String organisation) {

	/**
	 * @param account the account acting
	 * @return the actor for that account
	 */
	public static Actor of(UserAccount account) {
		return new Actor(account.getId(), account.getDisplayName(), account.organisationName());
	}

}
