package com.partnerportal.invitation;

import com.partnerportal.activity.ActivityAction;

/**
 * Why a customer user may not accept an invitation. Each refused attempt is recorded in
 * the activity log under its own action.
 */
public enum AcceptanceRefusal {

	/** The user is not a Global admin of the customer. */
	ROLE(ActivityAction.ACCEPTANCE_REFUSED_ROLE),

	/** The partner works in another cloud than the customer. */
	CLOUD(ActivityAction.ACCEPTANCE_REFUSED_CLOUD),

	/** The customer's country is outside the partner's country and region. */
	TERRITORY(ActivityAction.ACCEPTANCE_REFUSED_TERRITORY);

	private final ActivityAction action;

	AcceptanceRefusal(ActivityAction action) {
		this.action = action;
	}

	/**
	 * @return the activity-log action a refused attempt is recorded as
	 */
	public ActivityAction action() {
		return this.action;
	}

}
