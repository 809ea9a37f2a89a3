/**
 * The activity log: one append-only entry for every state change, written in the same
 * transaction, and the pages and CSV export through which partners, customers and
 * platform admins read their part of it. It listens to the events the partner, customer,
 * invitation, relationship and subscription features publish; none of them depends on it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "account", "customer", "invitation", "partner", "relationship", "security",
		"shared", "subscription", "web" })
package com.partnerportal.activity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
