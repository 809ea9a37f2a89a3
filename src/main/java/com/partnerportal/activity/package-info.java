/**
 * The activity log: one append-only entry for every state change, written in the same
 * transaction, and the pages and CSV export through which partners, customers and
 * platform admins read their part of it. It listens to the events the partner, customer,
 * invitation, relationship and subscription features publish; none of them depends on it.
 */
@NullMarked
package com.partnerportal.activity;

import org.jspecify.annotations.NullMarked;
