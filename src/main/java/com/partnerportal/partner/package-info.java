/**
 * Partner organisations and their users, and the Global admin's management of those
 * users.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "account", "security", "shared", "web" })
package com.partnerportal.partner;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
