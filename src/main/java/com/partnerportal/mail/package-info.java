/**
 * Outgoing mail: messages are queued in the transaction of the change they tell about,
 * delivered through SMTP after the commit when a server is configured, and listed for the
 * platform admin on the Sent mail page.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "web" })
package com.partnerportal.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
