package com.partnerportal.customer;

import java.util.Objects;

import com.partnerportal.account.Actor;
import com.partnerportal.account.CustomerRole;

/**
 * A customer user acting, as the services that check and record what it does need it:
 * whose name the histories and the activity log show, for which customer, in which role
 * (whose rules say what it may do). The web side builds it from the signed-in user; the
 * services never see the session.
 *
 * @param actor who acts, as recorded
 * @param customerId the customer the user works for
 * @param role the user's role at the customer
 */
public record CustomerActor(Actor actor, Long customerId, CustomerRole role) {

	/**
	 * @return the id of the account acting
	 */
	public Long userId() {
		return Objects.requireNonNull(this.actor.userId(), "A customer user has an account");
	}

}
