/**
 * The signed-in person's own settings: the language of the portal and the time zone its
 * times are shown in, and which kinds of notification also come by e-mail.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "account", "notification", "security", "web" })
package com.partnerportal.preferences;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
