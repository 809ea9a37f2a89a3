/**
 * Everyone who signs in: the shared account record of partner users, customer users and
 * platform admins, and their roles, whose rules ({@link PartnerRole},
 * {@link CustomerRole}) are the one place that says who may do what.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package com.partnerportal.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
