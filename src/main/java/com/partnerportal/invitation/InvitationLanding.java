package com.partnerportal.invitation;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.partnerportal.catalogue.Catalogue;
import com.partnerportal.partner.Territories;
import com.partnerportal.partner.Territory;
import com.partnerportal.shared.NotFoundException;

/**
 * Tells the customer's pages what a link asks for. Reads only: opening a link, which
 * anybody can, writes nothing.
 */
@Service
@Transactional(readOnly = true)
public class InvitationLanding {

	private final InvitationLinks links;

	private final Catalogue catalogue;

	private final Territories territories;

	InvitationLanding(InvitationLinks links, Catalogue catalogue, Territories territories) {
		this.links = links;
		this.catalogue = catalogue;
		this.territories = territories;
	}

	/**
	 * @param token the token from the link's URL
	 * @return what the invitation asks for
	 * @throws NotFoundException if no current link issued the token
	 */
	public LandingDetails describe(String token) {
		Invitation invitation = this.links.require(token);
		return new LandingDetails(invitation, invitation.delegatedAdmin()
				? this.catalogue.findByDelegatedAdminAppliesTrueOrderBySortOrder() : List.of());
	}

	/**
	 * @param invitation an invitation
	 * @return the countries whose organisations may accept it: the inviting partner's
	 * territory
	 */
	public Territory territory(Invitation invitation) {
		return this.territories.of(invitation.partner());
	}

}
