/**
 * What only the customer module itself uses, behind the types of its base package.
 */
@NullMarked
package com.partnerportal.customer.internal;

import org.jspecify.annotations.NullMarked;
