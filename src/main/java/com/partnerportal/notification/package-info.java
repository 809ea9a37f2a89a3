/**
 * Who is told what: every change worth knowing (an invitation answered, delegated admin
 * removed or moved, a relationship ended, the invitation link replaced, a subscription's
 * support contact or partner of record changed, a partner user added, changed or
 * disabled) becomes a notification in the portal for each person concerned, listed on the
 * Notifications page and counted by the bell, and an e-mail for those who chose that kind
 * on Settings. It listens to the events of the invitation, relationship, subscription and
 * partner features after their commit, finds the people through the partner and customer
 * features' directories, and queues mail through the mail feature.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "account", "customer", "invitation", "mail", "partner", "relationship",
		"security", "shared", "subscription", "web" })
package com.partnerportal.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
