/**
 * What only the customerlist module itself uses, behind the types of its base package.
 */
@NullMarked
package com.partnerportal.customerlist.internal;

import org.jspecify.annotations.NullMarked;
