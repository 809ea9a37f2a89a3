/**
 * The signed-in person's own settings: the language of the portal and the time zone its
 * times are shown in.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "account", "security", "web" })
package com.partnerportal.preferences;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
