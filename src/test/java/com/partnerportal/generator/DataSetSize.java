package com.partnerportal.generator;

/**
 * How much to generate.
 *
 * @param customers the main partner's customers
 * @param pendingCustomers customers with no partner yet, whose Global admins accept
 * invitations in the write benchmark
 * @param activityEntries activity-log entries
 * @param password the password of every generated account
 */
public record DataSetSize(int customers, int pendingCustomers, int activityEntries, String password) {

	public DataSetSize {
		if (customers < 1 || pendingCustomers < 0 || activityEntries < 0) {
			throw new IllegalArgumentException("Needs at least one customer and no negative counts");
		}
		if (password.isBlank()) {
			throw new IllegalArgumentException("Needs a password");
		}
	}

}
