package com.partnerportal.invitation;

import com.partnerportal.partner.Partner;

/**
 * What a valid invitation link stands for: which partner asks, and whether for delegated
 * admin.
 *
 * @param partner the inviting partner, fully loaded
 * @param delegatedAdmin whether the customer is asked for delegated admin
 * @param token the token the link carries
 */
public record Invitation(Partner partner, boolean delegatedAdmin, String token) {

	/**
	 * @return the path of the public page the link opens
	 */
	public String path() {
		return "/invitations/" + this.token;
	}

}
