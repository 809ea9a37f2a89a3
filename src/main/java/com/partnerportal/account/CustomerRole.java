package com.partnerportal.account;

/**
 * The role a customer user holds, and the one home of what each role may do; the services
 * and pages ask the methods below. Only a Global admin answers for the customer: it
 * accepts or declines invitations (accepting the customer agreement with them) and
 * removes a partner's delegated admin. Every customer user sees the customer's partner
 * relationships, subscriptions and activity log. Each rule is a switch over every role,
 * so that a role added later cannot compile until each rule has said what it may do.
 */
public enum CustomerRole {

	GLOBAL_ADMIN,

	/** Any other person of the customer. */
	USER;

	/**
	 * The role as the account stores it: a flag that says whether the user is the
	 * customer's Global admin.
	 * @param globalAdmin the stored flag
	 * @return the role it stands for
	 */
	public static CustomerRole ofGlobalAdminFlag(boolean globalAdmin) {
		return globalAdmin ? GLOBAL_ADMIN : USER;
	}

	/**
	 * @return whether this role may accept or decline a partner's invitation, accepting
	 * the customer agreement if the customer has not yet
	 */
	public boolean answersInvitations() {
		return switch (this) {
			case GLOBAL_ADMIN -> true;
			case USER -> false;
		};
	}

	/**
	 * @return whether this role may remove a partner's delegated admin
	 */
	public boolean removesDelegatedAdmin() {
		return switch (this) {
			case GLOBAL_ADMIN -> true;
			case USER -> false;
		};
	}

}
