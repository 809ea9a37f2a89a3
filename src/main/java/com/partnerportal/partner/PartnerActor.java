package com.partnerportal.partner;

import java.util.Objects;

import com.partnerportal.account.Actor;
import com.partnerportal.account.PartnerRole;

/**
 * A partner user acting, as the services that check and record what it does need it:
 * whose name the histories and the activity log show, for which partner, in which role.
 * The web side builds it from the signed-in user; the services never see the session.
 *
 * @param actor who acts, as recorded
 * @param partnerId the partner the user works for
 * @param role the user's role there
 */
public record PartnerActor(Actor actor, Long partnerId, PartnerRole role) {

	/**
	 * @return the id of the account acting
	 */
	public Long userId() {
		return Objects.requireNonNull(this.actor.userId(), "A partner user has an account");
	}

	/**
	 * @return the partner's name, as the activity log records it
	 */
	public String organisationName() {
		return this.actor.organisation();
	}

}
