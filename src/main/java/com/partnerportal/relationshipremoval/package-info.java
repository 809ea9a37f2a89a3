/**
 * A partner ending its reseller relationship with a customer: the confirmation that says
 * what ends or why it cannot yet, and the removal itself. Uses the relationship and
 * subscription features; only the activity log, which records its refusals, depends on
 * it.
 */
@NullMarked
package com.partnerportal.relationshipremoval;

import org.jspecify.annotations.NullMarked;
