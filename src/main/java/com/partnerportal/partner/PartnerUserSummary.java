package com.partnerportal.partner;

import com.partnerportal.account.PartnerRole;

/**
 * A partner user as the Global admin's user list shows it.
 *
 * @param id the account's id
 * @param displayName the person's name
 * @param email the e-mail address
 * @param role the partner role
 * @param enabled whether the user can sign in
 */
public record PartnerUserSummary(Long id, String displayName, String email, PartnerRole role, boolean enabled) {

	static PartnerUserSummary of(PartnerUser user) {
		return new PartnerUserSummary(user.getId(), user.getDisplayName(), user.getEmail(), user.getPartnerRole(),
				user.isEnabled());
	}

}
