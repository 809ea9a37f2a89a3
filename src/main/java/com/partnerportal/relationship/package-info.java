/**
 * Reseller relationships between partners and customers and the delegated admin granted
 * per service, and a partner ending its relationship with a customer. What the
 * subscriptions say about that ending comes through {@link RemovalBlockers} and
 * {@link PartnerSubscriptions}, which the subscription feature implements, so that this
 * feature does not depend on it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "account", "catalogue", "customer", "partner", "security", "shared", "web" })
package com.partnerportal.relationship;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
