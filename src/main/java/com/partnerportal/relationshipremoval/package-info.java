/**
 * A partner ending its reseller relationship with a customer: the confirmation that says
 * what ends or why it cannot yet, and the removal itself. Uses the relationship,
 * subscription and activity features; nothing depends on it.
 */
@NullMarked
package com.partnerportal.relationshipremoval;

import org.jspecify.annotations.NullMarked;
