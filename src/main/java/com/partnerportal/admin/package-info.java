/**
 * The platform operators' pages: partner organisations and partner relationships per
 * service. Its queries read the tables of the partner, customer and relationship
 * features, so it names them among the modules it uses even where no Java type of theirs
 * appears.
 */
@NullMarked
@ApplicationModule(
		allowedDependencies = { "catalogue", "customer", "partner", "relationship", "security", "shared", "web" })
package com.partnerportal.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
