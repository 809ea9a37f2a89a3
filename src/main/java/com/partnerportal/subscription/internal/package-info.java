/**
 * What only the subscription module itself uses, behind the types of its base package.
 */
@NullMarked
package com.partnerportal.subscription.internal;

import org.jspecify.annotations.NullMarked;
