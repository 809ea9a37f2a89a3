package com.partnerportal.customer;

import java.util.Objects;

import com.partnerportal.account.Actor;

/**
 * A customer user acting, as the services that check and record what it does need it:
 * whose name the histories and the activity log show, for which customer, and whether it
 * is the customer's Global admin. The web side builds it from the signed-in user; the
 * services never see the session.
 *
 * @param actor who acts, as recorded
 * @param customerId the customer the user works for
 * @param globalAdmin whether the user is a Global admin of the customer
 */
public record CustomerActor(Actor actor, Long customerId, boolean globalAdmin) {

	/**
	 * @return the id of the account acting
	 */
	public Long userId() {
		return Objects.requireNonNull(this.actor.userId(), "A customer user has an account");
	}

}
