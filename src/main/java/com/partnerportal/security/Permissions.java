package com.partnerportal.security;

import org.jspecify.annotations.Nullable;

import com.partnerportal.account.AccountRole;
import com.partnerportal.account.PartnerRole;

/**
 * What the signed-in person may use, for pages to show only the links and buttons it can
 * follow. Read from {@link AccountRole} and the rules of {@link PartnerRole}, the same
 * ones the URL rules and the services enforce, so that templates never spell a role: a
 * rule changed there changes what the pages show too. Hiding a link here enforces
 * nothing.
 *
 * @param partnerPages whether the person works for a partner and so uses its pages
 * @param customerPages whether the person works for a customer and so uses its pages
 * @param platformAdminPages whether the person is a platform admin
 * @param managesRelationships whether the person may request and remove reseller
 * relationships
 * @param replacesInvitationLink whether the person may replace the partner's invitation
 * link
 * @param managesUsers whether the person may manage the partner's users
 */
public record Permissions(boolean partnerPages, boolean customerPages, boolean platformAdminPages,
		boolean managesRelationships, boolean replacesInvitationLink, boolean managesUsers) {

	/** Nobody signed in: no page of any organisation. */
	public static final Permissions NONE = new Permissions(false, false, false, false, false, false);

	/**
	 * @param user the signed-in user, or {@code null} if nobody is
	 * @return what the user may use
	 */
	public static Permissions of(@Nullable PortalUser user) {
		if (user == null) {
			return NONE;
		}
		AccountRole role = user.role();
		PartnerRole partnerRole = role.partnerRole();
		if (partnerRole == null) {
			return new Permissions(false, role.isCustomer(), role.isPlatformAdmin(), false, false, false);
		}
		return new Permissions(true, false, false, partnerRole.managesRelationships(),
				partnerRole.replacesInvitationLink(), partnerRole.managesUsers());
	}

}
