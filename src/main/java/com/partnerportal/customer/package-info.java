/**
 * Customer organisations, their users and their acceptance of the customer agreement.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "account", "mail", "shared" })
package com.partnerportal.customer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
