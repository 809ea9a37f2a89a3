/**
 * What only the partner module itself uses, behind the types of its base package.
 */
@NullMarked
package com.partnerportal.partner.internal;

import org.jspecify.annotations.NullMarked;
