/**
 * Customers' subscriptions and licences, their offers and add-ons, the partner of record
 * of each (the only partner billed for it and allowed to change it) and its support
 * contact. Depends on the partner, customer, catalogue and relationship features; the
 * partner's operations and the customer's read-only page live here. Its changes are
 * published as events, which the activity log records.
 */
@NullMarked
@ApplicationModule(
		allowedDependencies = { "account", "customer", "partner", "relationship", "security", "shared", "web" })
package com.partnerportal.subscription;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
