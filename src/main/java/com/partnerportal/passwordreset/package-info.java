/**
 * Password reset: somebody who forgot a password asks for a link by e-mail, and the link,
 * which works once and for 30 minutes, lets them choose a new one. The answer never tells
 * whether an address has an account.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "account", "mail", "security", "shared" })
package com.partnerportal.passwordreset;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
