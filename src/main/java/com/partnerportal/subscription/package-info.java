/**
 * Customers' subscriptions and licences and the partner of record of each.
 */
@NullMarked
package com.partnerportal.subscription;

import org.jspecify.annotations.NullMarked;
