/**
 * The partner's reusable invitation link, the draft email that carries it and the
 * customer's answer to it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "account", "catalogue", "customer", "partner", "relationship", "security",
		"shared", "web" })
package com.partnerportal.invitation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
