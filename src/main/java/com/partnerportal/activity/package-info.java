/**
 * The activity log: one append-only entry for every state change, written in the same
 * transaction.
 */
@NullMarked
package com.partnerportal.activity;

import org.jspecify.annotations.NullMarked;
